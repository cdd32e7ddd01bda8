# Deep nesting and long chains in the source: parser and compiler limits.
x = ((((((((((((((((((((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))))))))))))))))))))
print(x)
n = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
print(n)
s = 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1
print(s)
t = 0 - 1 - 2 - 3 - 4 - 5 - 6 - 7 - 8 - 9 - 10 - 11 - 12 - 13 - 14 - 15 - 16 - 17 - 18 - 19 - 20 - 21 - 22 - 23 - 24 - 25 - 26 - 27 - 28 - 29 - 30 - 31 - 32 - 33 - 34 - 35 - 36 - 37 - 38 - 39 - 40 - 41 - 42 - 43 - 44 - 45 - 46 - 47 - 48 - 49 - 50 - 51 - 52 - 53 - 54 - 55 - 56 - 57 - 58 - 59 - 60 - 61 - 62 - 63 - 64 - 65 - 66 - 67 - 68 - 69 - 70 - 71 - 72 - 73 - 74 - 75 - 76 - 77 - 78 - 79 - 80 - 81 - 82 - 83 - 84 - 85 - 86 - 87 - 88 - 89 - 90 - 91 - 92 - 93 - 94 - 95 - 96 - 97 - 98 - 99 - 100 - 101 - 102 - 103 - 104 - 105 - 106 - 107 - 108 - 109 - 110 - 111 - 112 - 113 - 114 - 115 - 116 - 117 - 118 - 119 - 120 - 121 - 122 - 123 - 124 - 125 - 126 - 127 - 128 - 129 - 130 - 131 - 132 - 133 - 134 - 135 - 136 - 137 - 138 - 139 - 140 - 141 - 142 - 143 - 144 - 145 - 146 - 147 - 148 - 149 - 150 - 151 - 152 - 153 - 154 - 155 - 156 - 157 - 158 - 159 - 160 - 161 - 162 - 163 - 164 - 165 - 166 - 167 - 168 - 169 - 170 - 171 - 172 - 173 - 174 - 175 - 176 - 177 - 178 - 179 - 180 - 181 - 182 - 183 - 184 - 185 - 186 - 187 - 188 - 189 - 190 - 191 - 192 - 193 - 194 - 195 - 196 - 197 - 198 - 199 - 200 - 201 - 202 - 203 - 204 - 205 - 206 - 207 - 208 - 209 - 210 - 211 - 212 - 213 - 214 - 215 - 216 - 217 - 218 - 219 - 220 - 221 - 222 - 223 - 224 - 225 - 226 - 227 - 228 - 229 - 230 - 231 - 232 - 233 - 234 - 235 - 236 - 237 - 238 - 239 - 240 - 241 - 242 - 243 - 244 - 245 - 246 - 247 - 248 - 249 - 250 - 251 - 252 - 253 - 254 - 255 - 256 - 257 - 258 - 259 - 260 - 261 - 262 - 263 - 264 - 265 - 266 - 267 - 268 - 269 - 270 - 271 - 272 - 273 - 274 - 275 - 276 - 277 - 278 - 279 - 280 - 281 - 282 - 283 - 284 - 285 - 286 - 287 - 288 - 289 - 290 - 291 - 292 - 293 - 294 - 295 - 296 - 297 - 298 - 299 - 300 - 301 - 302 - 303 - 304 - 305 - 306 - 307 - 308 - 309 - 310 - 311 - 312 - 313 - 314 - 315 - 316 - 317 - 318 - 319 - 320 - 321 - 322 - 323 - 324 - 325 - 326 - 327 - 328 - 329 - 330 - 331 - 332 - 333 - 334 - 335 - 336 - 337 - 338 - 339 - 340 - 341 - 342 - 343 - 344 - 345 - 346 - 347 - 348 - 349 - 350 - 351 - 352 - 353 - 354 - 355 - 356 - 357 - 358 - 359 - 360 - 361 - 362 - 363 - 364 - 365 - 366 - 367 - 368 - 369 - 370 - 371 - 372 - 373 - 374 - 375 - 376 - 377 - 378 - 379 - 380 - 381 - 382 - 383 - 384 - 385 - 386 - 387 - 388 - 389 - 390 - 391 - 392 - 393 - 394 - 395 - 396 - 397 - 398 - 399 - 400 - 401 - 402 - 403 - 404 - 405 - 406 - 407 - 408 - 409 - 410 - 411 - 412 - 413 - 414 - 415 - 416 - 417 - 418 - 419 - 420 - 421 - 422 - 423 - 424 - 425 - 426 - 427 - 428 - 429 - 430 - 431 - 432 - 433 - 434 - 435 - 436 - 437 - 438 - 439 - 440 - 441 - 442 - 443 - 444 - 445 - 446 - 447 - 448 - 449 - 450 - 451 - 452 - 453 - 454 - 455 - 456 - 457 - 458 - 459 - 460 - 461 - 462 - 463 - 464 - 465 - 466 - 467 - 468 - 469 - 470 - 471 - 472 - 473 - 474 - 475 - 476 - 477 - 478 - 479 - 480 - 481 - 482 - 483 - 484 - 485 - 486 - 487 - 488 - 489 - 490 - 491 - 492 - 493 - 494 - 495 - 496 - 497 - 498 - 499
print(t)
def classify(v):
    if v == 0:
        return 'zero'
    elif v == 1:
        return 'n' + str(v)
    elif v == 2:
        return 'n' + str(v)
    elif v == 3:
        return 'n' + str(v)
    elif v == 4:
        return 'n' + str(v)
    elif v == 5:
        return 'n' + str(v)
    elif v == 6:
        return 'n' + str(v)
    elif v == 7:
        return 'n' + str(v)
    elif v == 8:
        return 'n' + str(v)
    elif v == 9:
        return 'n' + str(v)
    elif v == 10:
        return 'n' + str(v)
    elif v == 11:
        return 'n' + str(v)
    elif v == 12:
        return 'n' + str(v)
    elif v == 13:
        return 'n' + str(v)
    elif v == 14:
        return 'n' + str(v)
    elif v == 15:
        return 'n' + str(v)
    elif v == 16:
        return 'n' + str(v)
    elif v == 17:
        return 'n' + str(v)
    elif v == 18:
        return 'n' + str(v)
    elif v == 19:
        return 'n' + str(v)
    elif v == 20:
        return 'n' + str(v)
    elif v == 21:
        return 'n' + str(v)
    elif v == 22:
        return 'n' + str(v)
    elif v == 23:
        return 'n' + str(v)
    elif v == 24:
        return 'n' + str(v)
    elif v == 25:
        return 'n' + str(v)
    elif v == 26:
        return 'n' + str(v)
    elif v == 27:
        return 'n' + str(v)
    elif v == 28:
        return 'n' + str(v)
    elif v == 29:
        return 'n' + str(v)
    elif v == 30:
        return 'n' + str(v)
    elif v == 31:
        return 'n' + str(v)
    elif v == 32:
        return 'n' + str(v)
    elif v == 33:
        return 'n' + str(v)
    elif v == 34:
        return 'n' + str(v)
    elif v == 35:
        return 'n' + str(v)
    elif v == 36:
        return 'n' + str(v)
    elif v == 37:
        return 'n' + str(v)
    elif v == 38:
        return 'n' + str(v)
    elif v == 39:
        return 'n' + str(v)
    elif v == 40:
        return 'n' + str(v)
    elif v == 41:
        return 'n' + str(v)
    elif v == 42:
        return 'n' + str(v)
    elif v == 43:
        return 'n' + str(v)
    elif v == 44:
        return 'n' + str(v)
    elif v == 45:
        return 'n' + str(v)
    elif v == 46:
        return 'n' + str(v)
    elif v == 47:
        return 'n' + str(v)
    elif v == 48:
        return 'n' + str(v)
    elif v == 49:
        return 'n' + str(v)
    elif v == 50:
        return 'n' + str(v)
    elif v == 51:
        return 'n' + str(v)
    elif v == 52:
        return 'n' + str(v)
    elif v == 53:
        return 'n' + str(v)
    elif v == 54:
        return 'n' + str(v)
    elif v == 55:
        return 'n' + str(v)
    elif v == 56:
        return 'n' + str(v)
    elif v == 57:
        return 'n' + str(v)
    elif v == 58:
        return 'n' + str(v)
    elif v == 59:
        return 'n' + str(v)
    elif v == 60:
        return 'n' + str(v)
    elif v == 61:
        return 'n' + str(v)
    elif v == 62:
        return 'n' + str(v)
    elif v == 63:
        return 'n' + str(v)
    elif v == 64:
        return 'n' + str(v)
    elif v == 65:
        return 'n' + str(v)
    elif v == 66:
        return 'n' + str(v)
    elif v == 67:
        return 'n' + str(v)
    elif v == 68:
        return 'n' + str(v)
    elif v == 69:
        return 'n' + str(v)
    elif v == 70:
        return 'n' + str(v)
    elif v == 71:
        return 'n' + str(v)
    elif v == 72:
        return 'n' + str(v)
    elif v == 73:
        return 'n' + str(v)
    elif v == 74:
        return 'n' + str(v)
    elif v == 75:
        return 'n' + str(v)
    elif v == 76:
        return 'n' + str(v)
    elif v == 77:
        return 'n' + str(v)
    elif v == 78:
        return 'n' + str(v)
    elif v == 79:
        return 'n' + str(v)
    elif v == 80:
        return 'n' + str(v)
    elif v == 81:
        return 'n' + str(v)
    elif v == 82:
        return 'n' + str(v)
    elif v == 83:
        return 'n' + str(v)
    elif v == 84:
        return 'n' + str(v)
    elif v == 85:
        return 'n' + str(v)
    elif v == 86:
        return 'n' + str(v)
    elif v == 87:
        return 'n' + str(v)
    elif v == 88:
        return 'n' + str(v)
    elif v == 89:
        return 'n' + str(v)
    elif v == 90:
        return 'n' + str(v)
    elif v == 91:
        return 'n' + str(v)
    elif v == 92:
        return 'n' + str(v)
    elif v == 93:
        return 'n' + str(v)
    elif v == 94:
        return 'n' + str(v)
    elif v == 95:
        return 'n' + str(v)
    elif v == 96:
        return 'n' + str(v)
    elif v == 97:
        return 'n' + str(v)
    elif v == 98:
        return 'n' + str(v)
    elif v == 99:
        return 'n' + str(v)
    elif v == 100:
        return 'n' + str(v)
    elif v == 101:
        return 'n' + str(v)
    elif v == 102:
        return 'n' + str(v)
    elif v == 103:
        return 'n' + str(v)
    elif v == 104:
        return 'n' + str(v)
    elif v == 105:
        return 'n' + str(v)
    elif v == 106:
        return 'n' + str(v)
    elif v == 107:
        return 'n' + str(v)
    elif v == 108:
        return 'n' + str(v)
    elif v == 109:
        return 'n' + str(v)
    elif v == 110:
        return 'n' + str(v)
    elif v == 111:
        return 'n' + str(v)
    elif v == 112:
        return 'n' + str(v)
    elif v == 113:
        return 'n' + str(v)
    elif v == 114:
        return 'n' + str(v)
    elif v == 115:
        return 'n' + str(v)
    elif v == 116:
        return 'n' + str(v)
    elif v == 117:
        return 'n' + str(v)
    elif v == 118:
        return 'n' + str(v)
    elif v == 119:
        return 'n' + str(v)
    elif v == 120:
        return 'n' + str(v)
    elif v == 121:
        return 'n' + str(v)
    elif v == 122:
        return 'n' + str(v)
    elif v == 123:
        return 'n' + str(v)
    elif v == 124:
        return 'n' + str(v)
    elif v == 125:
        return 'n' + str(v)
    elif v == 126:
        return 'n' + str(v)
    elif v == 127:
        return 'n' + str(v)
    elif v == 128:
        return 'n' + str(v)
    elif v == 129:
        return 'n' + str(v)
    elif v == 130:
        return 'n' + str(v)
    elif v == 131:
        return 'n' + str(v)
    elif v == 132:
        return 'n' + str(v)
    elif v == 133:
        return 'n' + str(v)
    elif v == 134:
        return 'n' + str(v)
    elif v == 135:
        return 'n' + str(v)
    elif v == 136:
        return 'n' + str(v)
    elif v == 137:
        return 'n' + str(v)
    elif v == 138:
        return 'n' + str(v)
    elif v == 139:
        return 'n' + str(v)
    elif v == 140:
        return 'n' + str(v)
    elif v == 141:
        return 'n' + str(v)
    elif v == 142:
        return 'n' + str(v)
    elif v == 143:
        return 'n' + str(v)
    elif v == 144:
        return 'n' + str(v)
    elif v == 145:
        return 'n' + str(v)
    elif v == 146:
        return 'n' + str(v)
    elif v == 147:
        return 'n' + str(v)
    elif v == 148:
        return 'n' + str(v)
    elif v == 149:
        return 'n' + str(v)
    else:
        return 'big'
print(classify(0), classify(77), classify(149), classify(1000))
def f0(a0):
    def f1(a1):
        def f2(a2):
            def f3(a3):
                def f4(a4):
                    def f5(a5):
                        def f6(a6):
                            def f7(a7):
                                def f8(a8):
                                    def f9(a9):
                                        return a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9
                                    return f9
                                return f8
                            return f7
                        return f6
                    return f5
                return f4
            return f3
        return f2
    return f1
r = f0(1)(2)(4)(8)(16)(32)(64)(128)(256)(512)
print(r)
print(not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not True)
print(------------------------------5)
cond = 0 < 1 and 1 < 2 and 2 < 3 and 3 < 4 and 4 < 5 and 5 < 6 and 6 < 7 and 7 < 8 and 8 < 9 and 9 < 10 and 10 < 11 and 11 < 12 and 12 < 13 and 13 < 14 and 14 < 15 and 15 < 16 and 16 < 17 and 17 < 18 and 18 < 19 and 19 < 20 and 20 < 21 and 21 < 22 and 22 < 23 and 23 < 24 and 24 < 25 and 25 < 26 and 26 < 27 and 27 < 28 and 28 < 29 and 29 < 30 and 30 < 31 and 31 < 32 and 32 < 33 and 33 < 34 and 34 < 35 and 35 < 36 and 36 < 37 and 37 < 38 and 38 < 39 and 39 < 40 and 40 < 41 and 41 < 42 and 42 < 43 and 43 < 44 and 44 < 45 and 45 < 46 and 46 < 47 and 47 < 48 and 48 < 49 and 49 < 50 and 50 < 51 and 51 < 52 and 52 < 53 and 53 < 54 and 54 < 55 and 55 < 56 and 56 < 57 and 57 < 58 and 58 < 59 and 59 < 60 and 60 < 61 and 61 < 62 and 62 < 63 and 63 < 64 and 64 < 65 and 65 < 66 and 66 < 67 and 67 < 68 and 68 < 69 and 69 < 70 and 70 < 71 and 71 < 72 and 72 < 73 and 73 < 74 and 74 < 75 and 75 < 76 and 76 < 77 and 77 < 78 and 78 < 79 and 79 < 80 and 80 < 81 and 81 < 82 and 82 < 83 and 83 < 84 and 84 < 85 and 85 < 86 and 86 < 87 and 87 < 88 and 88 < 89 and 89 < 90 and 90 < 91 and 91 < 92 and 92 < 93 and 93 < 94 and 94 < 95 and 95 < 96 and 96 < 97 and 97 < 98 and 98 < 99 and 99 < 100
print(cond)
