# Writes bench/gold/card-extra.jsonl from the hand annotations, checking every step text is an
# exact substring of its article (read from ../shared at build time; no text is stored).
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from extra1 import GOLD as G1
from extra2 import GOLD as G2
root = os.path.join(here, '..', '..', '..')
arts = {json.loads(l)['id']: json.loads(l) for l in open(os.path.join(root, '../shared/data/bbc-2004/articles.jsonl'))}
out = []
for g in G1 + G2:
    text = arts[g['id']]['text']
    for s in g['next_steps']:
        assert s['text'] in text, (g['id'], s['text'])
        if g['date'] is None:
            s['when_from'] = s['when_to'] = None
        assert (s['when_from'] is None) == (s['when_to'] is None)
        assert s['when_from'] is None or s['when_from'] <= s['when_to']
    out.append(dict(id=g['id'], source='bbc-2004/articles.jsonl', date=g['date'],
                    date_assumed=g['date'] is not None, people=[], next_steps=g['next_steps'],
                    disagreement=g['disagreement'], also=g.get('also', []), notes=g.get('notes', '')))
with open(os.path.join(here, '..', 'card-extra.jsonl'), 'w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(out), 'articles,', sum(len(o['next_steps']) for o in out), 'steps,',
      sum(s['core'] for o in out for s in o['next_steps']), 'core,',
      sum(bool(o['disagreement']) for o in out), 'disagreements')
