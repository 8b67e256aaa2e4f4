# Writes the pyarrow test files (pyarrow 25): run from this directory with `python3 make-pyarrow.py`.
import pyarrow as pa
import pyarrow.feather as fe

close = pa.array([1 + i / 1000 for i in range(100)], pa.float64())
# pyarrow's default: lz4-compressed record batches
fe.write_feather(pa.table({'close': close}), 'py-lz4.arrow')
# a nested (List) column beside a float column
fe.write_feather(pa.table({'close': close, 'l': pa.array([[1.0]] * 100)}), 'py-nested.arrow',
                 compression='uncompressed')
# a string_view (Utf8View) column, which newer writers produce
fe.write_feather(pa.table({'close': close, 'sv': pa.array(['EURUSD'] * 100, pa.string_view())}), 'py-string-view.arrow',
                 compression='uncompressed')
# NaN and inf in the close column (pandas' missing values)
nan = [1 + i / 1000 for i in range(50)]
nan[10] = float('nan')
nan[20] = float('inf')
fe.write_feather(pa.table({'close': pa.array(nan, pa.float64())}), 'py-nan.arrow', compression='uncompressed')
