from ... import util
from ...sub import gamma
LEVEL3 = (util.double(5), gamma)
