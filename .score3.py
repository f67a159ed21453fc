"""Print the headline measures to three decimals per set: score3.py name=DIR ... (name 'seeds' reads the seed gold)."""
import sys
from pathlib import Path
from analysis.config import DEFAULT_CACHE_DIR
from analysis.evaluation.report import analyse_set, score_set, MEASURES
from analysis.evaluation.sets import read_seed_set, read_unseen_set
from analysis.nlp.pipeline import load_nlp
nlp = load_nlp()
print('set'.ljust(12) + ''.join(m.split()[0][:7].ljust(9) + m.split()[1][:3].ljust(5) for m in MEASURES))
for arg in sys.argv[1:]:
    name, folder = arg.split('=', 1)
    ev = read_seed_set(Path(folder)) if name == 'seeds' else read_unseen_set(Path(folder), name=name)
    s = score_set(ev, analyse_set(ev, nlp=nlp, cache_dir=DEFAULT_CACHE_DIR))['suite']
    print(name.ljust(12) + ''.join(f"{s[m].value:.3f}({s[m].n})".ljust(14) for m in MEASURES), flush=True)
