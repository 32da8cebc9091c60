# Writes bench/gold/quotes-bbc.jsonl (the shape ../shared/eval/score_quotes.py reads, without the
# article text) from quotes_bbc.py, locating each quote in its article (read from ../shared) and
# checking text[start:end] == quote.
# usage: python3 bench/gold/annotate/build_quotes_bbc.py [SHARED_DIR]   (default ../shared)
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from quotes_bbc import ANN
shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', '..', '..', '..', 'shared')
data = os.path.join(shared, 'data')
lines = lambda path: [json.loads(l) for l in open(path, encoding='utf-8')]
articles = lines(os.path.join(data, 'bbc-2004/articles.jsonl'))
arts = {a['id']: a for a in articles}

# The selection rule of quotes_bbc.py's header, recomputed so the annotated set stays the rule's.
seen = {a['id'] for a in lines(os.path.join(data, 'card-gold/dev.jsonl'))}
seen |= {a['id'] for a in lines(os.path.join(here, '..', 'card-extra.jsonl'))}
picked, bodies = [], set()
for category in ['business', 'entertainment', 'politics', 'sport', 'tech']:
    ok = sorted((a for a in articles if a['category'] == category and a['id'] not in seen
                 and a['text'].count('"') % 2 == 0 and a['text'].count('"') // 2 >= 3),
                key=lambda a: a['id'])
    k = len(ok) // 5
    for i in range(k - 1, 5 * k, k):
        while ok[i]['text'].split('\n', 1)[1] in bodies:
            i += 1
        bodies.add(ok[i]['text'].split('\n', 1)[1])
        picked.append(ok[i]['id'])
assert picked == list(ANN), (picked, list(ANN))
out = []
for aid, entries in ANN.items():
    text = arts[aid]['text']
    cursor, quotes = 0, []
    for opening, kind, speaker, raw, *closing in entries:
        start = cursor
        while True:
            start = text.index(opening, start)
            if text[start - 1] == '"':
                break
            start += 1
        end = text.index('"', start)
        if closing:
            end = text.index(closing[0], start) + len(closing[0])
            assert end < text.index('"', start), (aid, closing)
        while text[end - 1].isspace():
            end -= 1
        quote = text[start:end]
        assert text[start:end] == quote and '"' not in quote, (aid, opening)
        assert kind in ('direct', 'mixed')
        quotes.append(dict(quote=quote, type=kind, speaker=speaker, speaker_raw=raw,
                           speaker_confidence='gold-span' if speaker else 'none',
                           start=start, end=end, spans=[[start, end]]))
        cursor = end + 1
    out.append(dict(id=aid, source='bbc-2004/articles.jsonl', quotes=quotes))
with open(os.path.join(here, '..', 'quotes-bbc.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
qs = [q for o in out for q in o['quotes']]
print(len(out), 'articles,', len(qs), 'quotes,', sum(q['type'] == 'direct' for q in qs), 'direct,',
      sum(q['speaker_confidence'] == 'none' for q in qs), 'without speaker')
