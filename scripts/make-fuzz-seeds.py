#!/usr/bin/env python3
"""Writes the nasty-input corpus that seeds the parser fuzz test (src/test/resources/org/partnergraph/fuzz).

Each seed is one hostile case for one parser, named by its first byte (t txt, j jsonl, h html, f facts): huge lines, deep JSON nesting, invalid UTF-8, NUL
bytes, BOMs, CRLF, right-to-left and combining characters, names with quotes, backslashes, braces,
Cypher and SPARQL fragments inside article text, ids and URLs with spaces. Rerun after editing;
the plain test run replays every seed, the fuzz run mutates from them.
"""
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent / "src/test/resources/org/partnergraph/fuzz"
STORY = ("The governor of the Nizhny Novgorod region, Gleb Nikitin, spoke at the Russian-Chinese business "
         "forum in Shanghai. The region is in talks with Changan Automobile Group on local assembly; "
         "the region has more than 800 companies.")
INJECTIONS = [
    "'}) MATCH (n) DETACH DELETE n //",
    "\"}) CALL dbms.security.createUser('x','y',false) //",
    "> } ; DROP GRAPH <urn:x> ; INSERT DATA { <urn:a> <urn:b> \"c\" } #",
    "Gov. O'Brien \\\"the \\\\ boss\\\" said: }{ \"quoted\" `back` ${x}",
]
RTL = "حاكم منطقة نيجني نوفغورود، غليب نيكيتين، قال إن المنطقة تتفاوض مع شانغان. ‏Nikitin‎ שָׁלוֹם"
COMBINING = "Ga\u0301bor Nike\u0301ti\u0301n Z\u0335\u0321a\u0336l\u0334g\u0337o ﬁ ℌ Ǆ"


def text_seeds():
    return {
        "injection-title.txt": ("'}) MATCH (n) DETACH DELETE n //\n\n" + STORY + "\n\n" + "\n".join(INJECTIONS)).encode(),
        "bom-crlf.txt": ("\ufeffTitle with BOM\r\n\r\n" + STORY.replace(". ", ".\r\n")).encode(),
        "invalid-utf8.txt": b"Headline\n\nThe governor \xc3\x28 of the \xff\xfe region said\n",
        "nul-bytes.txt": b"Headline\x00\n\nThe governor of the Kaluga region,\x00 Vladislav Shapsha, said\x00 so.\n",
        "rtl-combining.txt": ("Заголовок " + RTL + "\n\n" + COMBINING + " " + STORY + "\n\n" + RTL).encode(),
        "huge-line.txt": ("Headline\n\n" + (STORY + " ") * 150).encode(),
        "only-furniture.txt": b"Read more: elsewhere\n\nShare this article\n\nPrevious Article\n",
        "empty.txt": b"",
        "binary.txt": bytes(range(256)) * 4,
        "utf16.txt": "Headline\n\nUTF-16 text with a BOM".encode("utf-16"),
    }


def line(**article):
    return json.dumps(article, ensure_ascii=False)


def jsonl_seeds():
    deep = "{\"id\":\"deep\",\"title\":\"t\",\"text\":" + "[" * 5000 + "\"x\"" + "]" * 5000 + "}"
    return {
        "hostile-fields.jsonl": "\n".join([
            line(id="inject-1", title=INJECTIONS[0], text=STORY + " " + INJECTIONS[2], url="http://example.org/a b?c=\"d\"", source=INJECTIONS[3], published="2024-05-17"),
            line(id="id with spaces/and slashes?#", title="t", text=STORY, url="not a url at all", published="yesterday"),
            line(id="rtl-" + RTL[:10], title=RTL, text=COMBINING + " " + STORY),
            line(id="nl\nin\rid", title="t\u2028line sep", text=STORY + "\u0000"),
        ]).encode() + b"\n",
        "deep-nesting.jsonl": deep.encode() + b"\n",
        "malformed.jsonl": b"{\"id\": \"a\", \"text\": \"unterminated\n{\"id\": 7, \"text\": []}\n[1,2,3]\nnull\n\"just a string\"\n",
        "bom-crlf.jsonl": "\ufeff".encode() + line(id="crlf", title="t", text=STORY).encode() + b"\r\n" + line(id="crlf2", text=STORY).encode() + b"\r\n",
        "invalid-utf8.jsonl": b"{\"id\":\"bad\",\"text\":\"\xc0\xaf\xed\xa0\x80\"}\n",
        "huge-line.jsonl": line(id="huge", title="t", text=(STORY + " ") * 200).encode() + b"\n",
        "duplicate-ids.jsonl": (line(id="dup", text=STORY) + "\n" + line(id="dup", text=STORY + " Again.") + "\n").encode(),
        # every export format must carry what loads: C0 controls, an unpaired surrogate and U+FFFF
        # in title, source, url and text are cleaned; in an id they are rejected
        "control-characters.jsonl": (json.dumps(dict(id="ctl", title="Gee\u200dly\u0000 signs\u0001 in \uff2d\uff49\uff4e\uff53\uff4b",
            source="Wire\u0007\ud800", url="http://example.org/\u0000a", published="2024-05-17",
            text="The Gee\u200dly plant\u001f in Minsk\uffff opened. " + STORY)) + "\n"
            + json.dumps(dict(id="nul\u0000id", text=STORY)) + "\n").encode(),
    }


def html_seeds():
    return {
        "script-and-injection.html": ("<html><head><title>'}) DETACH DELETE n //</title><script>alert('x')</script>"
            "<meta property=\"article:published_time\" content=\"2024-13-45T99:99\"></head><body><nav>Home | News</nav>"
            "<article><h1>" + INJECTIONS[1] + "</h1><p>" + STORY + "</p><p>" + INJECTIONS[2] + "</p></article>"
            "<aside>Related stories</aside><footer>We use cookies</footer></body></html>").encode(),
        "unclosed-tags.html": b"<html><body><article><p>The governor <b>of the <i>Kaluga region</p><p>said <div><div><div>",
        "deep-nesting.html": ("<html><body>" + "<div>" * 3000 + STORY + "</div>" * 3000 + "</body></html>").encode(),
        "rtl-entities.html": ("<html dir=\"rtl\"><head><meta charset=\"utf-8\"><title>" + RTL + "</title></head><body><article><p>"
            + COMBINING + " &amp; &lt;script&gt; &#0; &#x110000; &bogus; " + STORY + "</p></article></body></html>").encode(),
        "latin1-declared.html": "<html><head><meta charset=\"iso-8859-1\"><title>Caf\u00e9</title></head><body><p>Caf\u00e9 governor</p></body></html>".encode("latin-1"),
        "empty-body.html": b"<html><head><title>Only a title</title></head><body></body></html>",
    }


def facts_seeds():
    entity = lambda i, t, n: {"id": f"{t.lower()}/{i}", "type": t, "name": n, "aliases": []}
    good = {"extractor": "fuzz/1", "article": {"id": "a 1", "title": INJECTIONS[0], "url": "http://x/a b"},
            "entities": [entity("g", "Governor", INJECTIONS[3]), entity("r", "Region", "R \"}")],
            "relations": [{"type": "GOVERNS", "from": "governor/g", "to": "region/r", "evidence": INJECTIONS[2], "confidence": 0.9}]}
    dangling = json.loads(json.dumps(good))
    dangling["relations"][0]["to"] = "region/missing"
    wrong_prefix = json.loads(json.dumps(good))
    wrong_prefix["entities"][0]["id"] = "city/g"
    bad_type = json.loads(json.dumps(good))
    bad_type["relations"][0]["type"] = "GOVERNS\"}) DELETE n //"
    attrs = json.loads(json.dumps(good))
    attrs["entities"][1]["attributes"] = {"code": "RU-NIZ", "weird key \"}": [1, {"x": None}], "value": 1e308}
    return {
        "valid-hostile-strings.facts.jsonl": (json.dumps(good, ensure_ascii=False) + "\n").encode(),
        "dangling-relation.facts.jsonl": (json.dumps(dangling) + "\n").encode(),
        "wrong-id-prefix.facts.jsonl": (json.dumps(wrong_prefix) + "\n").encode(),
        "relation-type-injection.facts.jsonl": (json.dumps(bad_type) + "\n").encode(),
        "odd-attributes.facts.jsonl": (json.dumps(attrs) + "\n").encode(),
        "control-title.facts.jsonl": (json.dumps(dict(good, article=dict(good["article"], title="Kaluga\u0000 plant"))) + "\n").encode(),
        "deep-nesting.facts.jsonl": ("{\"extractor\":" + "[" * 5000 + "]" * 5000 + "}\n").encode(),
        "not-json.facts.jsonl": b"MATCH (n) DETACH DELETE n\n\x00\xff\n{\n",
    }


def main():
    # the fuzz target reads the first byte as the parser to use, the rest as the file
    out = ROOT / "InputParsersFuzzTestInputs" / "anyBytesInAnyInputFormatEndCleanly"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.iterdir():
        old.unlink()
    count = 0
    for selector, seeds in ((b"t", text_seeds()), (b"j", jsonl_seeds()), (b"h", html_seeds()), (b"f", facts_seeds())):
        for name, data in seeds.items():
            (out / name).write_bytes(selector + data)
            count += 1
    print(f"{count} seeds -> {out.relative_to(ROOT.parents[5])}")


if __name__ == "__main__":
    main()
