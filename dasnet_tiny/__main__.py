# SPDX-License-Identifier: Apache-2.0
"""`python -m dasnet_tiny ...` is the `dasnet-tiny` command."""
import sys

from .cli import main

sys.exit(main())
