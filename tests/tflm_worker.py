    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
"    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
"    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
"    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
T    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
F    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
L    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
M    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
,    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
.    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
T    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
F    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
L    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
M    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
'    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
P    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
y    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
h    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
b    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
h    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
w    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
h    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
w    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
v    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
8    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
(    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
b    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
2    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
.    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
5    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
%    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
w    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
h    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
k    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
M    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
E    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
A    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
N    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
/    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
M    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
U    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
L    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
b    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
k    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
)    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
.    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
R    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
g    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
w    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
w    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
k    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
h    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
b    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
B    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
k    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
P    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
P    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
h    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
k    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
g    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
y    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
.    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
"    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
"    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
"    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
h    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
h    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
b    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
g    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
.    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
P    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
P    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
E    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
x    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
.    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
.    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
B    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
k    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
P    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
P    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
y    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
:    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
=    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
{    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
}    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
#    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
h    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
w    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
k    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
:    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
g    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
-    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
>    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
:    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
P    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
P    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
E    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
x    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
|    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
N    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
=    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
N    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
v    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
k    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
(    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
:    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
b    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
y    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
|    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
N    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
,    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
g    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
:    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
,    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
x    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
:    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
.    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
y    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
,    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
:    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
)    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
:    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
.    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
y    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
h    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
.    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
=    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
.    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
g    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
(    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
g    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
)    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
N    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
:    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
#    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
T    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
h    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
(    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
1    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
0    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
x    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
h    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
z    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
)    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
w    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
h    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
w    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
w    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
g    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
h    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
#    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
g    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
v    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
.    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
=    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
.    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
I    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
.    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
b    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
y    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
(    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
,    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
z    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
=    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
1    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
6    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
<    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
<    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
2    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
0    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
)    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
.    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
(    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
)    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
[    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
g    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
]    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
=    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
=    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
[    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
]    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
x    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
x    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
:    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
.    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
(    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
x    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
,    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
0    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
)    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
.    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
v    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
k    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
(    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
)    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
.    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
(    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
[    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
.    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
g    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
(    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
)    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
.    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
y    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
(    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
)    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
g    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
(    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
)    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
]    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
)    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
g    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
(    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
)    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
-    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
>    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
P    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
P    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
E    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
x    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
:    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
g    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
b    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
N    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
:    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
=    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
P    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
P    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
E    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
x    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
(    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
x    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
w    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
k    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
=    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
1    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
,    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
x    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
=    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
.    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
g    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
x    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
(    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
"    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
w    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
"    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
)    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
)    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
(    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
:    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
b    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
y    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
,    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
x    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
:    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
.    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
y    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
,    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
:    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
=    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
1    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
)    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
-    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
>    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
[    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
[    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
.    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
y    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
]    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
]    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
:    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
"    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
"    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
"    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
R    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
T    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
F    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
L    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
M    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
v    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
y    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
`    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
x    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
`    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
(    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
h    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
w    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
h    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
b    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
h    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
)    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
;    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
h    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
h    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
.    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
T    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
F    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
L    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
M    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
'    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
b    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
w    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
h    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
(    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
b    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
2    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
0    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
0    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
,    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
v    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
g    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
h    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
)    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
:    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
h    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
w    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
k    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
h    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
h    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
;    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
b    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
.    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
"    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
"    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
"    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
g    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
b    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
g    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
=    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
h    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
h    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
b    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
.    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
h    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
1    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
(    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
)    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
.    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
h    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
x    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
g    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
(    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
)    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
(    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
1    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
,    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
2    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
)    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
:    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
y    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
:    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
g    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
(    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
)    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
.    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
b    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
(    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
v    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
k    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
,    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
,    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
g    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
,    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
.    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
y    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
(    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
x    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
)    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
,    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
)    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
.    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
(    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
)    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
x    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
B    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
k    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
P    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
P    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
:    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
.    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
h    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
d    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
w    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
(    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
w    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
=    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
F    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
,    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
c    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
=    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
T    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
u    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
)    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
_    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
l    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
=    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
N    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
o    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
n    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
f    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
m    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
p    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
t    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
=    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
=    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
2    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
:    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
     """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
r    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
a    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
i    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
s    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
e    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""

    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
