import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from portfolio_app.importers import ImportRefused
from portfolio_app.importers.jsonstream import JsonStream

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children, max_size=4),
    max_leaves=20,
)


def stream(text: str, chunk: int = 7, max_entry: int = 1 << 20) -> JsonStream:
    return JsonStream(io.StringIO(text), "f.json", chunk=chunk, max_entry=max_entry)


@settings(max_examples=200, deadline=None)
@given(st.lists(json_values, max_size=6), st.integers(min_value=1, max_value=40), st.booleans())
def test_array_entries_match_json_loads_at_any_chunk_size(entries, chunk, indent):
    text = json.dumps(entries, indent=2 if indent else None, ensure_ascii=False)
    reader = stream(text, chunk)
    decoded = []
    for _line in reader.iter_array():
        decoded.append(reader.value())
    reader.end()
    assert decoded == json.loads(text)


def test_start_lines_of_entries():
    reader = stream('[\n{"a": 1},\n\n{"b":\n 2},\n3]', chunk=3)
    lines = []
    for line in reader.iter_array():
        lines.append(line)
        reader.value()
    assert lines == [2, 4, 6]


def test_object_keys_in_file_order_including_repeats():
    reader = stream('{"a": 1, "b": [1, 2], "a": 3}', chunk=2)
    seen = []
    for key in reader.iter_object():
        seen.append((key, reader.value()))
    assert seen == [("a", 1), ("b", [1, 2]), ("a", 3)]


@pytest.mark.parametrize("text, fragment", [
    ("", "empty"),
    ("   \n ", "empty"),
    ('[{"a": 1}, {"b": ', "line 1: the file ends"),
    ('[\n{"a": 1},\n{"b": "unterminated', "line 3: the file ends"),
    ('[\n{"a": 1},\n{"b": tru', "line 3: the file ends"),
    ('[\n{"a": 1}\n{"b": 2}]', "line 3: expected"),
    ('[\n{"a": nope}]', "line 2: the JSON data is damaged"),
    ('[1, 2] trailing', "unexpected text"),
])
def test_damaged_json_names_file_and_line(text, fragment):
    reader = stream(text)
    with pytest.raises(ImportRefused) as refused:
        for _line in reader.iter_array():
            reader.value()
        reader.end()
    assert str(refused.value).startswith("f.json")
    assert fragment in str(refused.value)


def test_an_entry_larger_than_the_cap_is_refused():
    reader = stream('["' + "x" * 5000 + '"]', chunk=100, max_entry=1000)
    with pytest.raises(ImportRefused, match="larger than"):
        for _line in reader.iter_array():
            reader.value()


def test_deep_nesting_is_refused_not_a_crash():
    reader = stream("[" * 100_000 + "]" * 100_000, chunk=1 << 20, max_entry=1 << 30)
    with pytest.raises(ImportRefused):
        for _line in reader.iter_array():
            reader.value()
