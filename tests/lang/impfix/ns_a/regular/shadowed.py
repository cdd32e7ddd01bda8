KIND = "must not be found: the regular package regular in ns_b wins over this folder"
