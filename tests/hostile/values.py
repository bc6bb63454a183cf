"""What a hostile client sends: values for strings and for whole numbers, query strings that are
not UTF-8, odd methods and headers."""

LONG_WORDS = " ".join(["gemeenteraad"] * 800)

STRINGS = [
    "",
    "a\x00b\x01\x1b\x7f",
    "\u202egnitset\u202c\ufeff",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🏛️",
    '"ongesloten',
    '"*:*',
    "+",
    "+-!()[]{}~^",
    "AND OR NOT NEAR(raad fractie)",
    "title:raad^5 raad~2 fractie*",
    "a\\",
    "%_' OR '1'='1' --",
    "<script>{{ 7*7 }}</script>",
    "x" * 10_000,
    LONG_WORDS,
]

INTEGERS = ["-1", "1e309", "٣", "9223372036854775808", "-9223372036854775809", "9" * 400]

# Raw query-string values that do not decode as UTF-8 (or decode to what UTF-8 forbids).
RAW_VALUES = ["%FF%FE", "%C0%AF", "%ED%A0%80"]

# Path segments in place of an id or a name.
PATH_VALUES = ["-1", "9223372036854775808", "abc", "%00", "%FF", "x" * 2000]

METHODS = ["HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE", "TRACE", "PROPFIND"]

HEADERS = [
    {"HTTP_AUTHORIZATION": "Bearer garbage"},
    {"HTTP_AUTHORIZATION": "Bearer "},
    {"HTTP_AUTHORIZATION": "Basic Zm9vOmJhcg=="},
    {"HTTP_AUTHORIZATION": "x" * 8000},
    {"HTTP_ACCEPT": "application/x-garbage;q=abc, */*;q=-1"},
    {"HTTP_ACCEPT": "text/html"},
    {"HTTP_ACCEPT_LANGUAGE": "xx-YY;q=2, " + "nl;q=0.1," * 200},
    {"HTTP_IF_NONE_MATCH": '"' + "a" * 5000},
    {"HTTP_IF_MODIFIED_SINCE": "gisteren"},
    {"HTTP_RANGE": "bytes=99999999999999999999-"},
    {"HTTP_X_FORWARDED_FOR": "\x00, ::ffff:999.1.1.1, " + "1.1.1.1," * 200},
    {"HTTP_ORIGIN": "null"},
    {"CONTENT_TYPE": "application/json; charset=x-garbage"},
]

BODIES = [
    ("application/json", b"{"),
    ("application/json", b"\xff\xfe\x00"),
    ("application/json", b"[" * 5000 + b"]" * 5000),
    ("application/json", b'{"title": "\\u0000", "parent": 9223372036854775808}'),
    ("application/x-www-form-urlencoded", b"a=%FF&a=%00&b[]=1"),
    ("multipart/form-data; boundary=x", b"--x\r\ngarbage"),
]
