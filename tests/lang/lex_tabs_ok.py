# Consistent tab indentation is accepted.
def f(n):
	if n > 0:
		return "positive"
	return "not positive"
for v in [1, 0]:
	print(v, f(v))
class T:
	def m(self):
		return "method body indented with tabs"
print(T().m())
