from nspkg import mod_a
NAME = "b sees " + mod_a.NAME
