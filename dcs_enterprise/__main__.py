"""`python -m dcs_enterprise`: the same as the `dcs-enterprise` command."""

import sys

from dcs_enterprise.app import main

if __name__ == "__main__":
    sys.exit(main())
