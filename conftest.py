"""Hooks for the whole test run: a notebook's kernel that dies while starting is started once more.

Two pytest-xdist workers start their notebooks' kernels at the same moment; each kernel's ports are picked free and
bound a moment later, so on a loaded machine one kernel may find a port taken and die before it replies
("Kernel died before replying to kernel_info"), failing every cell of its notebook without any cell having run.
"""

import functools

from nbval.kernel import RunningKernel


def started_again(start):
    """``start`` (a kernel's constructor) tried a second time when the kernel died while starting; any other error, or
    a second death, is raised as it is.

    >>> calls = []
    >>> def start(kernel):
    ...     calls.append(kernel)
    ...     if len(calls) == 1:
    ...         raise RuntimeError("Kernel died before replying to kernel_info")
    >>> started_again(start)("k"), calls
    (None, ['k', 'k'])
    """
    @functools.wraps(start)
    def start_or_retry(*args, **kwargs):
        try:
            return start(*args, **kwargs)
        except RuntimeError as error:
            if "Kernel died" not in str(error):
                raise
            return start(*args, **kwargs)
    return start_or_retry


RunningKernel.__init__ = started_again(RunningKernel.__init__)
