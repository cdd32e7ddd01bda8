/* vm/objects/codec_names.h — the codecs CPython's encodings package has,
 * by module name, with CodecInfo.name and the aliases of
 * encodings.aliases (normalised), and how gilvm runs each.
 *
 * Rows are python3's own names.  A charset row names glibc's iconv(3)
 * charset for it; it was kept only where iconv decodes as CPython does
 * every byte (single-byte charsets) or every byte below 0x80 and every
 * valid pair of bytes (multibyte ones); the other rows say why gilvm
 * refuses them.  Included by codec.c alone.
 */
#define CODEC_ROWS(X) \
    X(CODEC_ASCII, "ascii", "ascii", NULL, "646 ansi_x3.4_1968 ansi_x3.4_1986 ansi_x3_4_1968 cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii") \
    X(CODEC_NONE, "big5", "big5", "glibc iconv's table differs from CPython's", "big5_tw csbig5 x_mac_trad_chinese") \
    X(CODEC_NONE, "big5hkscs", "big5hkscs", "glibc iconv's table differs from CPython's", "big5_hkscs hkscs") \
    X(CODEC_NONE, "charmap", "charmap", "gilvm has no such codec", "") \
    X(CODEC_CHARMAP, "cp037", "cp037", "CP037", "037 csibm037 ebcdic_cp_ca ebcdic_cp_nl ebcdic_cp_us ebcdic_cp_wt ibm037 ibm039") \
    X(CODEC_NONE, "cp1006", "cp1006", "glibc iconv has no such charset", "") \
    X(CODEC_NONE, "cp1026", "cp1026", "glibc iconv's table differs from CPython's", "1026 csibm1026 ibm1026") \
    X(CODEC_CHARMAP, "cp1125", "cp1125", "CP1125", "1125 cp866u ibm1125 ruscii") \
    X(CODEC_CHARMAP, "cp1140", "cp1140", "CP1140", "1140 ibm1140") \
    X(CODEC_CHARMAP, "cp1250", "cp1250", "CP1250", "1250 windows_1250") \
    X(CODEC_CHARMAP, "cp1251", "cp1251", "CP1251", "1251 windows_1251") \
    X(CODEC_CHARMAP, "cp1252", "cp1252", "CP1252", "1252 windows_1252") \
    X(CODEC_CHARMAP, "cp1253", "cp1253", "CP1253", "1253 windows_1253") \
    X(CODEC_CHARMAP, "cp1254", "cp1254", "CP1254", "1254 windows_1254") \
    X(CODEC_NONE, "cp1255", "cp1255", "glibc iconv's table differs from CPython's", "1255 windows_1255") \
    X(CODEC_CHARMAP, "cp1256", "cp1256", "CP1256", "1256 windows_1256") \
    X(CODEC_CHARMAP, "cp1257", "cp1257", "CP1257", "1257 windows_1257") \
    X(CODEC_NONE, "cp1258", "cp1258", "glibc iconv's table differs from CPython's", "1258 windows_1258") \
    X(CODEC_NONE, "cp273", "cp273", "glibc iconv's table differs from CPython's", "273 csibm273 ibm273") \
    X(CODEC_NONE, "cp424", "cp424", "glibc iconv's table differs from CPython's", "424 csibm424 ebcdic_cp_he ibm424") \
    X(CODEC_CHARMAP, "cp437", "cp437", "CP437", "437 cspc8codepage437 ibm437") \
    X(CODEC_CHARMAP, "cp500", "cp500", "CP500", "500 csibm500 ebcdic_cp_be ebcdic_cp_ch ibm500") \
    X(CODEC_NONE, "cp720", "cp720", "glibc iconv has no such charset", "") \
    X(CODEC_CHARMAP, "cp737", "cp737", "CP737", "") \
    X(CODEC_CHARMAP, "cp775", "cp775", "CP775", "775 cspc775baltic ibm775") \
    X(CODEC_CHARMAP, "cp850", "cp850", "CP850", "850 cspc850multilingual ibm850") \
    X(CODEC_CHARMAP, "cp852", "cp852", "CP852", "852 cspcp852 ibm852") \
    X(CODEC_CHARMAP, "cp855", "cp855", "CP855", "855 csibm855 ibm855") \
    X(CODEC_NONE, "cp856", "cp856", "glibc iconv's table differs from CPython's", "") \
    X(CODEC_CHARMAP, "cp857", "cp857", "CP857", "857 csibm857 ibm857") \
    X(CODEC_CHARMAP, "cp858", "cp858", "CP858", "858 csibm858 ibm858") \
    X(CODEC_CHARMAP, "cp860", "cp860", "CP860", "860 csibm860 ibm860") \
    X(CODEC_CHARMAP, "cp861", "cp861", "CP861", "861 cp_is csibm861 ibm861") \
    X(CODEC_CHARMAP, "cp862", "cp862", "CP862", "862 cspc862latinhebrew ibm862") \
    X(CODEC_CHARMAP, "cp863", "cp863", "CP863", "863 csibm863 ibm863") \
    X(CODEC_CHARMAP, "cp864", "cp864", "CP864", "864 csibm864 ibm864") \
    X(CODEC_CHARMAP, "cp865", "cp865", "CP865", "865 csibm865 ibm865") \
    X(CODEC_CHARMAP, "cp866", "cp866", "CP866", "866 csibm866 ibm866") \
    X(CODEC_CHARMAP, "cp869", "cp869", "CP869", "869 cp_gr csibm869 ibm869") \
    X(CODEC_CHARMAP, "cp874", "cp874", "CP874", "") \
    X(CODEC_NONE, "cp875", "cp875", "glibc iconv's table differs from CPython's", "") \
    X(CODEC_NONE, "cp932", "cp932", "glibc iconv's table differs from CPython's", "932 ms932 ms_kanji mskanji") \
    X(CODEC_MBCS, "cp949", "cp949", "UHC", "949 ms949 uhc") \
    X(CODEC_NONE, "cp950", "cp950", "glibc iconv's table differs from CPython's", "950 ms950") \
    X(CODEC_NONE, "euc_jis_2004", "euc_jis_2004", "glibc iconv's table differs from CPython's", "euc_jis2004 eucjis2004 jisx0213") \
    X(CODEC_NONE, "euc_jisx0213", "euc_jisx0213", "glibc iconv's table differs from CPython's", "eucjisx0213") \
    X(CODEC_MBCS, "euc_jp", "euc_jp", "EUC-JP", "eucjp u_jis ujis") \
    X(CODEC_MBCS, "euc_kr", "euc_kr", "EUC-KR", "euckr korean ks_c_5601 ks_c_5601_1987 ks_x_1001 ksc5601 ksx1001 x_mac_korean") \
    X(CODEC_NONE, "gb18030", "gb18030", "glibc iconv's table differs from CPython's", "gb18030_2000") \
    X(CODEC_MBCS, "gb2312", "gb2312", "GB2312", "chinese csiso58gb231280 euc_cn euccn eucgb2312_cn gb2312_1980 gb2312_80 iso_ir_58 x_mac_simp_chinese") \
    X(CODEC_MBCS, "gbk", "gbk", "GBK", "936 cp936 ms936") \
    X(CODEC_CHARMAP, "hp_roman8", "hp-roman8", "HP-ROMAN8", "cp1051 cshproman8 ibm1051 r8 roman8") \
    X(CODEC_NONE, "hz", "hz", "gilvm has no such codec", "hz_gb hz_gb_2312 hzgb") \
    X(CODEC_NONE, "idna", "idna", "gilvm has no such codec", "") \
    X(CODEC_NONE, "iso2022_jp", "iso2022_jp", "gilvm has no such codec", "csiso2022jp iso2022jp iso_2022_jp") \
    X(CODEC_NONE, "iso2022_jp_1", "iso2022_jp_1", "gilvm has no such codec", "iso2022jp_1 iso_2022_jp_1") \
    X(CODEC_NONE, "iso2022_jp_2", "iso2022_jp_2", "gilvm has no such codec", "iso2022jp_2 iso_2022_jp_2") \
    X(CODEC_NONE, "iso2022_jp_2004", "iso2022_jp_2004", "gilvm has no such codec", "iso2022jp_2004 iso_2022_jp_2004") \
    X(CODEC_NONE, "iso2022_jp_3", "iso2022_jp_3", "gilvm has no such codec", "iso2022jp_3 iso_2022_jp_3") \
    X(CODEC_NONE, "iso2022_jp_ext", "iso2022_jp_ext", "gilvm has no such codec", "iso2022jp_ext iso_2022_jp_ext") \
    X(CODEC_NONE, "iso2022_kr", "iso2022_kr", "gilvm has no such codec", "csiso2022kr iso2022kr iso_2022_kr") \
    X(CODEC_CHARMAP, "iso8859_1", "iso8859-1", "ISO8859-1", "") \
    X(CODEC_CHARMAP, "iso8859_10", "iso8859-10", "ISO8859-10", "csisolatin6 iso_8859_10 iso_8859_10_1992 iso_ir_157 l6 latin6") \
    X(CODEC_CHARMAP, "iso8859_11", "iso8859-11", "ISO8859-11", "iso_8859_11 iso_8859_11_2001 thai") \
    X(CODEC_CHARMAP, "iso8859_13", "iso8859-13", "ISO8859-13", "iso_8859_13 l7 latin7") \
    X(CODEC_CHARMAP, "iso8859_14", "iso8859-14", "ISO8859-14", "iso_8859_14 iso_8859_14_1998 iso_celtic iso_ir_199 l8 latin8") \
    X(CODEC_CHARMAP, "iso8859_15", "iso8859-15", "ISO8859-15", "iso_8859_15 l9 latin9") \
    X(CODEC_CHARMAP, "iso8859_16", "iso8859-16", "ISO8859-16", "iso_8859_16 iso_8859_16_2001 iso_ir_226 l10 latin10") \
    X(CODEC_CHARMAP, "iso8859_2", "iso8859-2", "ISO8859-2", "csisolatin2 iso_8859_2 iso_8859_2_1987 iso_ir_101 l2 latin2") \
    X(CODEC_CHARMAP, "iso8859_3", "iso8859-3", "ISO8859-3", "csisolatin3 iso_8859_3 iso_8859_3_1988 iso_ir_109 l3 latin3") \
    X(CODEC_CHARMAP, "iso8859_4", "iso8859-4", "ISO8859-4", "csisolatin4 iso_8859_4 iso_8859_4_1988 iso_ir_110 l4 latin4") \
    X(CODEC_CHARMAP, "iso8859_5", "iso8859-5", "ISO8859-5", "csisolatincyrillic cyrillic iso_8859_5 iso_8859_5_1988 iso_ir_144") \
    X(CODEC_CHARMAP, "iso8859_6", "iso8859-6", "ISO8859-6", "arabic asmo_708 csisolatinarabic ecma_114 iso_8859_6 iso_8859_6_1987 iso_ir_127") \
    X(CODEC_CHARMAP, "iso8859_7", "iso8859-7", "ISO8859-7", "csisolatingreek ecma_118 elot_928 greek greek8 iso_8859_7 iso_8859_7_1987 iso_ir_126") \
    X(CODEC_CHARMAP, "iso8859_8", "iso8859-8", "ISO8859-8", "csisolatinhebrew hebrew iso_8859_8 iso_8859_8_1988 iso_ir_138") \
    X(CODEC_CHARMAP, "iso8859_9", "iso8859-9", "ISO8859-9", "csisolatin5 iso_8859_9 iso_8859_9_1989 iso_ir_148 l5 latin5") \
    X(CODEC_NONE, "johab", "johab", "glibc iconv's table differs from CPython's", "cp1361 ms1361") \
    X(CODEC_CHARMAP, "koi8_r", "koi8-r", "KOI8-R", "cskoi8r") \
    X(CODEC_CHARMAP, "koi8_t", "koi8-t", "KOI8-T", "") \
    X(CODEC_CHARMAP, "koi8_u", "koi8-u", "KOI8-U", "") \
    X(CODEC_CHARMAP, "kz1048", "kz1048", "RK1048", "kz_1048 rk1048 strk1048_2002") \
    X(CODEC_LATIN1, "latin_1", "iso8859-1", NULL, "8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 iso_8859_1_1987 iso_ir_100 l1 latin latin1") \
    X(CODEC_NONE, "mac_arabic", "mac-arabic", "glibc iconv has no such charset", "") \
    X(CODEC_NONE, "mac_croatian", "mac-croatian", "glibc iconv has no such charset", "") \
    X(CODEC_NONE, "mac_cyrillic", "mac-cyrillic", "glibc iconv's table differs from CPython's", "maccyrillic") \
    X(CODEC_NONE, "mac_farsi", "mac-farsi", "glibc iconv has no such charset", "") \
    X(CODEC_NONE, "mac_greek", "mac-greek", "glibc iconv has no such charset", "macgreek") \
    X(CODEC_NONE, "mac_iceland", "mac-iceland", "glibc iconv's table differs from CPython's", "maciceland") \
    X(CODEC_CHARMAP, "mac_latin2", "mac-latin2", "MAC-CENTRALEUROPE", "mac_centeuro maccentraleurope maclatin2") \
    X(CODEC_NONE, "mac_roman", "mac-roman", "glibc iconv's table differs from CPython's", "macintosh macroman") \
    X(CODEC_NONE, "mac_romanian", "mac-romanian", "glibc iconv has no such charset", "") \
    X(CODEC_NONE, "mac_turkish", "mac-turkish", "glibc iconv has no such charset", "macturkish") \
    X(CODEC_NONE, "palmos", "palmos", "glibc iconv has no such charset", "") \
    X(CODEC_CHARMAP, "ptcp154", "ptcp154", "PT154", "cp154 csptcp154 cyrillic_asian pt154") \
    X(CODEC_NONE, "punycode", "punycode", "gilvm has no such codec", "") \
    X(CODEC_RAWUESC, "raw_unicode_escape", "raw-unicode-escape", NULL, "") \
    X(CODEC_NONE, "shift_jis", "shift_jis", "glibc iconv's table differs from CPython's", "csshiftjis s_jis shiftjis sjis x_mac_japanese") \
    X(CODEC_NONE, "shift_jis_2004", "shift_jis_2004", "glibc iconv's table differs from CPython's", "s_jis_2004 shiftjis2004 sjis_2004") \
    X(CODEC_NONE, "shift_jisx0213", "shift_jisx0213", "glibc iconv's table differs from CPython's", "s_jisx0213 shiftjisx0213 sjisx0213") \
    X(CODEC_NONE, "tis_620", "tis-620", "glibc iconv's table differs from CPython's", "iso_ir_166 tis620 tis_620_0 tis_620_2529_0 tis_620_2529_1") \
    X(CODEC_NONE, "undefined", "undefined", "gilvm has no such codec", "") \
    X(CODEC_UESC, "unicode_escape", "unicode-escape", NULL, "") \
    X(CODEC_UTF16, "utf_16", "utf-16", NULL, "u16 utf16") \
    X(CODEC_UTF16BE, "utf_16_be", "utf-16-be", NULL, "unicodebigunmarked utf_16be") \
    X(CODEC_UTF16LE, "utf_16_le", "utf-16-le", NULL, "unicodelittleunmarked utf_16le") \
    X(CODEC_UTF32, "utf_32", "utf-32", NULL, "u32 utf32") \
    X(CODEC_UTF32BE, "utf_32_be", "utf-32-be", NULL, "utf_32be") \
    X(CODEC_UTF32LE, "utf_32_le", "utf-32-le", NULL, "utf_32le") \
    X(CODEC_NONE, "utf_7", "utf-7", "gilvm has no such codec", "u7 unicode_1_1_utf_7 utf7") \
    X(CODEC_UTF8, "utf_8", "utf-8", NULL, "cp65001 u8 utf utf8 utf8_ucs2 utf8_ucs4") \
    X(CODEC_UTF8SIG, "utf_8_sig", "utf-8-sig", NULL, "") \

