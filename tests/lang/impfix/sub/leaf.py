from .. import util
from ..util import double
from . import alpha
from .. import sub as parent
NAME = __name__
PACKAGE = __package__
SUMMARY = (double(4), alpha, parent.beta, util.__name__)
