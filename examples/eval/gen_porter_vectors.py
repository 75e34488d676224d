"""Generates porter_vectors.tsv, the test vectors of porter.rs: hand-written words and synthetic
root+suffix combinations, stemmed by NLTK's PorterStemmer (default NLTK_EXTENSIONS mode).

usage (needs `pip install nltk`, or rouge-score==0.1.2 which brings it):
    python3 examples/eval/gen_porter_vectors.py > examples/eval/porter_vectors.tsv
"""
import sys
import nltk
from nltk.stem.porter import PorterStemmer

words = """
a an as at be by do go he if in is it me my no of on or so to up us we
ate aye bye cat cry dog dry eye fly ivy ski sky spy try yes you
dies lies ties pies died lied tied eyes skis
caresses ponies caress cats feed agreed plastered bled motoring sing conflated troubled sized
hopping tanned falling hissing fizzed failing filing happy sky enjoy enjoyed enjoyment
relational conditional rational valenci hesitanci digitizer conformabli radicalli differentli
vileli analogousli vietnamization predication operator feudalism decisiveness hopefulness
callousness formaliti sensitiviti sensibiliti triplicate formative formalize electriciti
electrical hopeful goodness revival allowance inference airliner gyroscopic adjustable
defensible irritant replacement adjustment dependent adoption homologou communism activate
angulariti homologous effective bowdlerize probate rate cease controll roll
generically generous generation generate generator generalization general generally
archaeology geology theology biology logic logical logically apology
dying lying tying news innings inning outings outing cannings canning howe proceed exceed succeed
proceeding exceeding succeeded proceeded
spied flies fried cried skied studied studies applied supplies
agree agreement agreeable disagree sees seeing
run running runner runs ran hop hoped hoping hopes
fully hopefully beautifully carefully usefully
really finally totally actually usually equally
ability possibility responsibility availability flexibility mobility
national international nationalism nationality nationalize
organization organisation organize organizer organizing organised
happiness sadness kindness darkness business
government governments governing governor governance
economy economic economics economical economically economist
market markets marketing marketed
company companies accompany
country countries county counties
year years yearly
minister ministers ministry ministerial
election elections elected electing electoral
president presidential presidents presidency
announce announced announcement announcing
increase increased increasing increasingly
decision decisive decide decided deciding
success successful successfully successive succession
players played playing player plays
today yesterday tomorrow monday friday
sport sports sporting sportsman
technology technologies technological
music musical musician musicians
film films filmed filming
said says say saying
people person personal personally personality
pay paid paying payment payments
buy bought buying buyer
toy toys boy boys joy joyful annoy annoying
syzygy yyyy yyy yay yoyo yelling yearn
abe agee ooze oozed ooh
bbbb zzzz ssss llll
fall falls fallen fill filled filling
ration rations rational rationale
oats trees troubles private oaten orrery
feeder feeding feeds breed bleed speed speeding
ties tying tie
sensational sensationalism
hopefulli carefulli
geologi theologi analogi
traditional traditionally tradition
1990s 2004 2005 3g mp3 b52 a380 4x4
""".split()

roots = ["form", "relat", "condit", "nat", "ration", "sens", "act", "hop", "gen",
         "oper", "digit", "vers", "port", "elect", "cap", "med", "nav", "dev", "bor", "tr",
         "feud", "calc", "mot", "plast", "conflat", "troubl", "siz", "fil", "fail", "tann"]
suffixes = ["", "s", "es", "ies", "sses", "ed", "ing", "eed", "ied", "y", "ational", "tional",
            "enci", "anci", "izer", "bli", "abli", "alli", "entli", "eli", "ousli", "ization",
            "ation", "ator", "alism", "iveness", "fulness", "ousness", "aliti", "iviti", "biliti",
            "fulli", "logi", "icate", "ative", "alize", "iciti", "ical", "ful", "ness", "al",
            "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "sion",
            "tion", "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize", "e", "ll", "lling",
            "tted", "zzed", "ssing", "bling", "ating", "izing"]
for r in roots:
    for s in suffixes:
        words.append(r + s)

seen = set()
stemmer = PorterStemmer()
out = sys.stdout
out.write("# Porter stemmer test vectors: word<TAB>stem, the stem computed by NLTK's\n")
out.write(f"# PorterStemmer() (default NLTK_EXTENSIONS mode, NLTK {nltk.__version__}).\n")
out.write("# Words: a hand-written list of common English words and rule examples from\n")
out.write("# Porter's paper, plus synthetic root+suffix combinations covering every rule.\n")
out.write("# No dataset text. Regenerate with examples/eval/gen_porter_vectors.py.\n")
for w in words:
    if w in seen:
        continue
    seen.add(w)
    out.write(f"{w}\t{stemmer.stem(w)}\n")
