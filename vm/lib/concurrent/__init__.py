"""concurrent for gilvm: the package that holds concurrent.futures."""
