#!/usr/bin/env python3
# html-norm.py FILE (issue 11, store42): a prerendered page's HTML with what differs on every request set aside (Blazor's
# component markers and their encrypted descriptors, persisted state, GUIDs, MudBlazor's random element ids), so the
# pages of two builds compare with cmp: python3 html-norm.py A.html > a; python3 html-norm.py B.html > b; cmp a b
import re, sys
s = open(sys.argv[1], encoding='utf-8').read()
s = re.sub(r'<!--Blazor:\{.*?\}-->', '<!--Blazor-->', s)
s = re.sub(r'<!--Blazor-[A-Za-z-]*State:[^>]*-->', '<!--state-->', s)
s = re.sub(r'[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', 'GUID', s)
# MudBlazor's generated ids (random letters and digits after a prefix, e.g. picker1s6f14po, mudinputlkv6rvbs-start,
# cl57gns8i): every id-like value of 8 or more letters and digits, on both sides alike.
s = re.sub(r'((?:id|for|aria-[a-z]+)=)"[a-z0-9]{8,}((?:-[a-z]+)?)"', r'\1"ID\2"', s)
sys.stdout.write(s)
