# SPDX-License-Identifier: Apache-2.0
# Generated from dasnet_tiny/boards.py and targets.py by `python -m dasnet_tiny.boards`;
# do not edit (tests/test_boards.py checks it is current).
FW_CFLAGS := -std=c99 -O2 -g -Wall -Wextra -Werror -ffunction-sections -fdata-sections
