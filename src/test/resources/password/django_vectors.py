#!/usr/bin/python3
"""Known-answer vectors for dev.gatehouse.password, produced with Django itself.

    /usr/bin/python3 django_vectors.py generate > django-vectors.json
    /usr/bin/python3 django_vectors.py check java-vectors.json

Needs Debian bookworm's python3-django (3.2.25), python3-argon2 and python3-bcrypt
(apt-get install -y python3-django python3-argon2 python3-bcrypt). Django 3.2 has no
ScryptPasswordHasher (added in Django 4.0), so DjangoScryptHasher below is a line-for-line
port of Django 4.0+'s encode(); it reproduces the vector published in Django's own
tests/auth_tests/test_hashers.py (test_scrypt), which is included as source "django-tests".
"""
import json
import sys

import django
from django.conf import settings

settings.configure(PASSWORD_HASHERS=[
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.BCryptSHA256PasswordHasher",
    "django.contrib.auth.hashers.BCryptPasswordHasher",
    "__main__.DjangoScryptHasher",
])
django.setup()

import base64
import hashlib

from django.contrib.auth import hashers as h
from django.utils.crypto import constant_time_compare

DJANGO = "django-" + django.get_version()
PASSWORDS = ["letmein", "lètmein", "", "correct horse battery staple " * 3 + "ünïcødé 🔑"]


class DjangoScryptHasher(h.BasePasswordHasher):
    """Port of Django 4.0+ ScryptPasswordHasher (defaults N=2**14, r=8, p=1, dklen 64)."""
    algorithm = "scrypt"
    work_factor, block_size, parallelism, maxmem = 2 ** 14, 8, 1, 0

    def encode(self, password, salt, n=None, r=None, p=None):
        n, r, p = n or self.work_factor, r or self.block_size, p or self.parallelism
        hash_ = hashlib.scrypt(password.encode(), salt=salt.encode(), n=n, r=r, p=p,
                               maxmem=self.maxmem, dklen=64)
        hash_ = base64.b64encode(hash_).decode("ascii").strip()
        return "%s$%d$%s$%d$%d$%s" % (self.algorithm, n, salt, r, p, hash_)

    def verify(self, password, encoded):
        _, n, salt, r, p, _ = encoded.split("$", 6)
        return constant_time_compare(encoded, self.encode(password, salt, int(n), int(r), int(p)))


def argon2(time_cost, memory_cost, parallelism):
    return type("Argon2", (h.Argon2PasswordHasher,),
                dict(time_cost=time_cost, memory_cost=memory_cost, parallelism=parallelism))()


def vector(source, algorithm, password, salt, params, encoded):
    assert h.check_password(password, encoded), encoded
    assert not h.check_password("x" + password, encoded), encoded
    return dict(source=source, algorithm=algorithm, password=password, salt=salt,
                params=params, encoded=encoded)


def generate():
    out = []
    salt22 = "Wn4d8rXyQ2vTzL0pKs7aBc"  # Django's salt() shape: 22 alphanumerics
    for pw in PASSWORDS:
        for name, hasher in (("pbkdf2_sha256", h.PBKDF2PasswordHasher()),
                             ("pbkdf2_sha1", h.PBKDF2SHA1PasswordHasher())):
            out.append(vector(DJANGO, name, pw, "seasalt", {"iterations": 1000},
                              hasher.encode(pw, "seasalt", 1000)))
        for t, m, p in ((1, 256, 1), (2, 19456, 1)):
            out.append(vector(DJANGO, "argon2", pw, salt22, {"time": t, "memory": m, "parallelism": p},
                              argon2(t, m, p).encode(pw, salt22)))
        for name, hasher in (("bcrypt_sha256", h.BCryptSHA256PasswordHasher()),
                             ("bcrypt", h.BCryptPasswordHasher())):
            bsalt = "$2b$04$" + "abcdefghijklmnopqrstuu"
            out.append(vector(DJANGO, name, pw, bsalt, {"rounds": 4}, hasher.encode(pw, bsalt.encode())))
        out.append(vector("port-of-django-4.0-scrypt", "scrypt", pw, salt22,
                          {"workFactor": 1024, "blockSize": 8, "parallelism": 2},
                          DjangoScryptHasher().encode(pw, salt22, 1024, 8, 2)))
    out += defaults(salt22)
    return {"generator": "django_vectors.py", "django": DJANGO,
            "argon2_cffi": __import__("argon2").__version__, "bcrypt": __import__("bcrypt").__version__,
            "vectors": out}


def defaults(salt22):
    """Django 5.2's default work factors, and vectors published in Django's own tests."""
    pw = "lètmein"
    import argon2 as a2
    argon2i = "argon2" + a2.low_level.hash_secret(pw.encode(), salt22.encode(), time_cost=2, memory_cost=256,
                                                   parallelism=1, hash_len=32, type=a2.low_level.Type.I).decode()
    return [
        vector(DJANGO, "pbkdf2_sha256", pw, salt22, {"iterations": 1000000},
               h.PBKDF2PasswordHasher().encode(pw, salt22, 1000000)),
        vector(DJANGO, "pbkdf2_sha1", pw, salt22, {"iterations": 1000000},
               h.PBKDF2SHA1PasswordHasher().encode(pw, salt22, 1000000)),
        vector(DJANGO, "argon2", pw, salt22, {"time": 2, "memory": 102400, "parallelism": 8},
               argon2(2, 102400, 8).encode(pw, salt22)),
        vector(DJANGO + " argon2i", "argon2", pw, salt22, {"time": 2, "memory": 256, "parallelism": 1, "type": "argon2i"},
               argon2i),
        vector(DJANGO, "bcrypt_sha256", pw, "$2b$12$" + "Zu0bPq5xR1mKc8VwTyH3Ne", {"rounds": 12},
               h.BCryptSHA256PasswordHasher().encode(pw, b"$2b$12$Zu0bPq5xR1mKc8VwTyH3Ne")),
        vector(DJANGO, "scrypt", pw, salt22, {"workFactor": 16384, "blockSize": 8, "parallelism": 1},
               DjangoScryptHasher().encode(pw, salt22)),
        vector("django-tests test_scrypt", "scrypt", pw, "seasalt",
               {"workFactor": 16384, "blockSize": 8, "parallelism": 1},
               "scrypt$16384$seasalt$8$1$Qj3+9PPyRjSJIebHnG81TMjsqtaIGxNQG/aEB/NY"
               "afTJ7tibgfYz71m0ldQESkXFRkdVCBhhY8mx7rQwite/Pw=="),
        vector("django-tests (pbkdf2 lètmein)", "pbkdf2_sha256", pw, "seasalt", {"iterations": 1000000},
               "pbkdf2_sha256$1000000$seasalt$r1uLUxoxpP2Ued/qxvmje7UH9PUJBkRrvf9gGPL7Cps="),
    ]


def check(path):
    with open(path) as f:
        data = json.load(f)
    for v in data["vectors"]:
        ok = h.check_password(v["password"], v["encoded"])
        wrong = h.check_password("x" + v["password"], v["encoded"])
        print("%-14s %-5s %s" % (v["encoded"].split("$", 1)[0], ok and not wrong, v["encoded"][:60]))
        assert ok and not wrong
    print("%s verified %d Java-produced hashes" % (DJANGO, len(data["vectors"])))


if __name__ == "__main__":
    if sys.argv[1] == "generate":
        json.dump(generate(), sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        check(sys.argv[2])
