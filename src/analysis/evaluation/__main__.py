"""`python -m analysis.evaluation`: see `analysis.evaluation.report`."""

import sys

from analysis.evaluation.report import main

sys.exit(main())
