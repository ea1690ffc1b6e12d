#!/usr/bin/env python3
"""Seeds a running Gatehouse through its API and writes what the wrk scripts need (stdlib only).

  seed.py seed BASE_URL OUT_DIR        users, groups, permissions, grants, a client, request bodies
  seed.py refresh-pool BASE_URL OUT_DIR N   N refresh tokens from password grants -> OUT_DIR/refresh.txt
  seed.py login-users BASE_URL OUT_DIR TAG   8 more login users -> OUT_DIR/body-loginTAG.txt
  seed.py token-size BASE_URL OUT_DIR  bytes of the access token of the user in 500 groups
  seed.py ndjson N FILE                N Django-exported users with pbkdf2_sha256 hashes, as NDJSON

Endpoints missing on the service under test (404) are skipped and reported as such; seed.env then
leaves the matching variable empty and run.sh prints "n/a" for the figures that need it.
Admin credentials come from BENCH_ADMIN_EMAIL / BENCH_ADMIN_PASSWORD (the settings backend's login).
"""
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

USERS = 10_000
CHUNK = 1_000
GROUPS = 50
PERMISSIONS = 500
LOGIN_USERS = 8
PASSWORD = "Bench-login-Pw-7291"  # a known password for the few login users only
DOB = "1990-01-01"


class Api:
    def __init__(self, base):
        self.base = base.rstrip("/")
        self.token = None

    def call(self, method, path, body=None, form=None, ok=(200, 201, 204)):
        """(status, parsed JSON or None); raises on statuses outside ok except 404."""
        headers = {}
        data = None
        if form is not None:
            data = urllib.parse.urlencode(form).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        elif body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        if self.token:
            headers["Authorization"] = "Bearer " + self.token
        request = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                status, raw = response.status, response.read()
        except urllib.error.HTTPError as e:
            status, raw = e.code, e.read()
        if status not in ok and status != 404:
            raise SystemExit(f"{method} {path} -> {status}: {raw[:500]!r}")
        return status, (json.loads(raw) if raw and raw[:1] in b"{[" else None)

    def exists(self, method, path):
        """Whether the route exists: 404 or 405 (a POST-only path under /users/{id}) mean it does not."""
        headers = {"Authorization": "Bearer " + self.token} if self.token else {}
        request = urllib.request.Request(self.base + path, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=30):
                return True
        except urllib.error.HTTPError as e:
            return e.code not in (404, 405)


def password_grant(api, username, password):
    status, body = api.call("POST", "/auth/token", form={"grant_type": "password", "username": username,
                                                          "password": password}, ok=(200,))
    return body if status == 200 else None


def seed(base, out):
    api = Api(base)
    env = {}
    has_auth = api.exists("GET", "/.well-known/openid-configuration")
    if has_auth:
        token = password_grant(api, os.environ["BENCH_ADMIN_EMAIL"], os.environ["BENCH_ADMIN_PASSWORD"])
        if token is None:
            raise SystemExit("admin password grant failed: check BENCH_ADMIN_EMAIL/BENCH_ADMIN_PASSWORD")
        api.token = token["access_token"]
    env["ADMIN_TOKEN"] = api.token or ""
    log(f"auth endpoints: {'yes' if has_auth else 'n/a (requests go without a bearer token)'}")

    started = time.time()
    ids = []
    for chunk in range(USERS // CHUNK):
        users = [{"email": f"bench-{chunk * CHUNK + i:05d}@bench.test", "first_name": "Bench",
                  "last_name": f"User{chunk * CHUNK + i}",
                  "profile": {"date_of_birth": DOB, "bio": "seeded by bench/seed.py",
                              "attributes": {"team": f"t{i % 17}"}}} for i in range(CHUNK)]
        _, body = api.call("POST", "/users/bulk", body={"users": users}, ok=(201,))
        ids += [u["id"] for u in body["items"]]
    write_lines(out, "user_ids.txt", ids)
    log(f"{len(ids)} users with profiles in {time.time() - started:.1f}s ({USERS // CHUNK} bulk requests)")

    logins = []
    for name in [f"login-{i}" for i in range(LOGIN_USERS)] + ["member-20", "member-500"]:
        _, user = api.call("POST", "/users", body={"email": f"bench-{name}@bench.test", "password": PASSWORD,
                                                    "profile": {"date_of_birth": DOB}}, ok=(201,))
        logins.append(user)
    env["LOGIN_EMAILS"] = " ".join(u["email"] for u in logins[:LOGIN_USERS])
    env["LOGIN_PASSWORD"] = PASSWORD
    env["MEMBER20_ID"], env["MEMBER500_ID"] = logins[-2]["id"], logins[-1]["id"]
    env["MEMBER20_EMAIL"], env["MEMBER500_EMAIL"] = logins[-2]["email"], logins[-1]["email"]

    env["PERMISSIONS"] = seed_permissions(api, ids, logins[-2]["id"], logins[-1]["id"])
    env.update(seed_client(api, has_auth))
    write_bodies(out, env)
    with open(os.path.join(out, "seed.env"), "w") as f:
        for key, value in env.items():
            f.write(f"{key}='{value}'\n")
    log(f"seeded in {time.time() - started:.1f}s")


def seed_permissions(api, ids, member20, member500):
    """500 permissions, 50 groups of 10, 450 extra one-permission groups, the two members, direct grants."""
    if not api.exists("GET", "/permissions"):
        log("permissions and groups: n/a (no /permissions on this build)")
        return ""
    perms = [f"bench.perm_{i:03d}" for i in range(PERMISSIONS)]
    for perm in perms:
        api.call("POST", "/permissions", body={"permission": perm, "name": f"Can {perm}"}, ok=(200, 201))
    groups = [f"bench-g{i:02d}" for i in range(GROUPS)]
    for i, group in enumerate(groups):
        api.call("POST", "/groups", body={"name": group, "permissions": perms[i * 10:(i + 1) * 10]}, ok=(201,))
    extra = [f"bench-x{i:03d}" for i in range(500 - GROUPS)]
    for i, group in enumerate(extra):
        api.call("POST", "/groups", body={"name": group, "permissions": [perms[i % PERMISSIONS]]}, ok=(201,))
    for group in groups[:20]:
        api.call("PUT", f"/users/{member20}/groups/{group}", ok=(204,))
    for group in groups + extra:
        api.call("PUT", f"/users/{member500}/groups/{group}", ok=(204,))
    for n, user in enumerate(ids[::100]):  # every 100th user: one group and one direct permission
        api.call("PUT", f"/users/{user}/groups/{groups[n % GROUPS]}", ok=(204,))
        api.call("PUT", f"/users/{user}/permissions/{perms[n % PERMISSIONS]}", ok=(204,))
    log(f"{PERMISSIONS} permissions, {GROUPS + len(extra)} groups, members in 20 and 500 groups, "
        f"{2 * len(ids[::100])} grants to other users")
    # checked permissions: held through the 10th and 20th groups, and one nobody holds
    return " ".join([perms[5], perms[95], perms[195], "bench.not_granted"])


def seed_client(api, has_auth):
    if not has_auth or not api.exists("GET", "/clients"):
        log("service client: n/a")
        return {"CLIENT_ID": "", "CLIENT_SECRET": ""}
    _, client = api.call("POST", "/clients", body={"name": "bench"}, ok=(201,))
    return {"CLIENT_ID": client["client_id"], "CLIENT_SECRET": client["client_secret"]}


def write_bodies(out, env):
    """One request body a line, for bench/lua/post.lua."""
    enc = urllib.parse.urlencode
    write_lines(out, "body-login.txt", [enc({"grant_type": "password", "username": email, "password": PASSWORD})
                                        for email in env["LOGIN_EMAILS"].split()])
    write_lines(out, "body-client.txt", [enc({"grant_type": "client_credentials", "client_id": env["CLIENT_ID"],
                                              "client_secret": env["CLIENT_SECRET"]})])
    for n in ("20", "500"):
        body = {"user_id": env[f"MEMBER{n}_ID"], "permissions": env["PERMISSIONS"].split()}
        write_lines(out, f"body-check-{n}.txt", [json.dumps(body)])


def refresh_pool(base, out, count):
    api = Api(base)
    env = read_env(out)
    emails = env["LOGIN_EMAILS"].split()
    tokens = []
    for n in range(count):
        body = password_grant(api, emails[n % len(emails)], env["LOGIN_PASSWORD"])
        if body is None or not body.get("refresh_token"):
            log("refresh pool: the password grant gave no refresh token")
            break
        tokens.append(body["refresh_token"])
    write_lines(out, "refresh.txt", tokens)
    log(f"refresh pool: {len(tokens)} tokens")


def login_users(base, out, tag):
    """LOGIN_USERS more login users, hashed with the running service's current default hasher."""
    api = Api(base)
    env = read_env(out)
    api.token = env["ADMIN_TOKEN"] or None
    emails = []
    for i in range(LOGIN_USERS):
        _, user = api.call("POST", "/users", body={"email": f"bench-login-{tag}-{i}@bench.test", "password": PASSWORD,
                                                    "profile": {"date_of_birth": DOB}}, ok=(201,))
        emails.append(user["email"])
    write_lines(out, f"body-login{tag}.txt", [urllib.parse.urlencode(
        {"grant_type": "password", "username": email, "password": PASSWORD}) for email in emails])


def token_size(base, out):
    """Prints the size in bytes of the access token issued to the member of 500 groups."""
    env = read_env(out)
    body = password_grant(Api(base), env["MEMBER500_EMAIL"], PASSWORD)
    print(len(body["access_token"].encode()) if body else "n/a")


def ndjson(count, path):
    """Django users as `manage.py dumpdata auth.user`-like fields, one JSON object a line.

    Every line carries the same real pbkdf2 hash (of PASSWORD): the import stores hashes, it does not verify them.
    """
    import base64
    import hashlib
    salt, iterations = "benchImportSalt2026xy", 600_000
    digest = hashlib.pbkdf2_hmac("sha256", PASSWORD.encode(), salt.encode(), iterations)
    pbkdf2 = f"pbkdf2_sha256${iterations}${salt}${base64.b64encode(digest).decode()}"
    with open(path, "w") as f:
        for i in range(count):
            f.write(json.dumps({"email": f"import-{i:06d}@bench.test", "username": f"import{i:06d}",
                                "first_name": "Imported", "last_name": f"User{i}", "password": pbkdf2,
                                "is_active": True, "is_staff": False, "is_superuser": False,
                                "date_joined": "2020-01-01T00:00:00Z", "last_login": None,
                                "profile": {"date_of_birth": DOB}}) + "\n")


def read_env(out):
    env = {}
    with open(os.path.join(out, "seed.env")) as f:
        for line in f:
            key, _, value = line.rstrip("\n").partition("=")
            env[key] = value.strip("'")
    return env


def write_lines(out, name, lines):
    with open(os.path.join(out, name), "w") as f:
        f.writelines(line + "\n" for line in lines)


def log(message):
    print(f"  seed: {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "seed":
        seed(sys.argv[2], sys.argv[3])
    elif command == "refresh-pool":
        refresh_pool(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    elif command == "login-users":
        login_users(sys.argv[2], sys.argv[3], sys.argv[4])
    elif command == "token-size":
        token_size(sys.argv[2], sys.argv[3])
    elif command == "ndjson":
        ndjson(int(sys.argv[2]), sys.argv[3])
    else:
        raise SystemExit(__doc__)
