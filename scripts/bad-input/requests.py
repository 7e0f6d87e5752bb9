#!/usr/bin/env python3
"""Bad-input corpus, request half: malformed API calls, page links and form posts.

Writes src/test/resources/bad-input/requests.json, which BadRequestCorpusIT replays against the running app on H2 and
PostgreSQL. Each entry says who sends it ("as": a test account, or null for nobody signed in; "auth": "bearer" for the
API, "session" for pages and forms), what is sent, and which statuses are a right answer. Every answer must be
Indonesian (a problem document for /api/**, the error page or the form with its field message for pages), name the
field where "field" is given, and change no business table.

Usage: python3 scripts/bad-input/requests.py   (from the repository root; python3 standard library only)
"""

import json
import os
import sys

OUT = os.path.join("src", "test", "resources", "bad-input", "requests.json")

ADMIN = "t.admin"
DESA = "t.desa"
BPJS = "t.bpjs"
NOBODY_ID = 987654321  # an id no fixture reaches
UPLOAD_LIMIT = 300 * 1024 * 1024  # declared length of an oversized upload, above the 200 MB limit

entries = []


def add(kind, method, path, expect, field=None, as_=ADMIN, body=None, content_type=None, accept=None,
        auth=None, csrf=None, oversize=None, note=None, headers=None):
    if auth is None:
        auth = "bearer" if kind == "api" else "session"
    if csrf is None:
        csrf = kind == "form"
    entry = {
        "id": "%03d-%s" % (len(entries) + 1, note or (method + " " + path)),
        "kind": kind,
        "method": method,
        "path": path,
        "as": as_,
        "auth": auth,
        "csrf": csrf,
        "expect": expect if isinstance(expect, list) else [expect],
    }
    for k, v in (("field", field), ("body", body), ("contentType", content_type), ("accept", accept),
                 ("oversize", oversize), ("headers", headers)):
        if v is not None:
            entry[k] = v
    entries.append(entry)


JSON = "application/json"
FORM = "application/x-www-form-urlencoded"

# ---------------------------------------------------------------- API: query parameters of the wrong type
api_params = [
    ("/api/v1/participants?status=BUKAN", "status"),
    ("/api/v1/participants?occupation=ASTRONOT", "occupation"),
    ("/api/v1/participants?after=abc", "after"),
    ("/api/v1/participants?size=banyak", "size"),
    ("/api/v1/payments?payerId=x1", "payerId"),
    ("/api/v1/payments?from=2026-02-30", "from"),
    ("/api/v1/payments?until=kemarin", "until"),
    ("/api/v1/payments?limit=1e9", "limit"),
    ("/api/v1/forecast?date=2026-13-01", "date"),
    ("/api/v1/bills?month=2026-13", "month"),
    ("/api/v1/bills?month=Februari", "month"),
    ("/api/v1/quotas?region=72.09&year=duaribu", "year"),
    ("/api/v1/claims?status=DIBAYAR_DUA_KALI", "status"),
    ("/api/v1/claims?type=JKN", "type"),
    ("/api/v1/claims?from=2026-02-30", "from"),
    ("/api/v1/claims?limit=semua", "limit"),
    ("/api/v1/payers/1/account?date=31-12-2026", "date"),
    ("/api/v1/participants/1/cover?date=besok", "date"),
    ("/api/v1/arrears?date=2026/02/01", "date"),
    ("/api/v1/coverage/villages?date=0", "date"),
    ("/api/v1/monitoring/quality?days=tujuh", "days"),
    ("/api/v1/monitoring/budget?year=20x6", "year"),
    ("/api/v1/monitoring/cards?from=01-01-2026", "from"),
    ("/api/v1/monitoring/coverage?date=2026-02-29", "date"),
]
for path, field in api_params:
    add("api", "GET", path, 400, field=field)

# ---------------------------------------------------------------- API: missing required parameters
for path, field in [
    ("/api/v1/forecast", "date"),
    ("/api/v1/bills", "month"),
    ("/api/v1/quotas?year=2026", "region"),
    ("/api/v1/quotas?region=72.09", "year"),
    ("/api/v1/cards", "village"),
]:
    add("api", "GET", path, 400, field=field)

# ---------------------------------------------------------------- API: path variables
for path, field in [
    ("/api/v1/participants/abc", "id"),
    ("/api/v1/claims/abc", "id"),
    ("/api/v1/exit-requests/abc", "id"),
    ("/api/v1/payers/abc/account", "id"),
    ("/api/v1/participants/imports/satu", "id"),
    ("/api/v1/cards/handovers/1.5", "id"),
]:
    add("api", "GET", path, 400, field=field)
for path in ["/api/v1/participants/%d" % NOBODY_ID, "/api/v1/claims/%d" % NOBODY_ID,
             "/api/v1/exit-requests/%d" % NOBODY_ID, "/api/v1/tidak-ada", "/api/v1/participants/1/tidak-ada"]:
    add("api", "GET", path, 404)
add("api", "POST", "/api/v1/participants/abc/verify", 400, field="id")
add("api", "POST", "/api/v1/exit-requests/abc/approve", 400, field="id")

# ---------------------------------------------------------------- API: wrong methods
for method, path in [("DELETE", "/api/v1/participants"), ("PUT", "/api/v1/payments"),
                     ("PATCH", "/api/v1/claims/1"), ("DELETE", "/api/v1/regions/72.09"),
                     ("POST", "/api/v1/me")]:
    add("api", method, path, 405, body="{}" if method != "DELETE" else None,
        content_type=JSON if method != "DELETE" else None)

# ---------------------------------------------------------------- API: wrong content types and accept headers
add("api", "POST", "/api/v1/participants", 415, body="nik=1", content_type="text/plain")
add("api", "POST", "/api/v1/payments", 415, body="<payment/>", content_type="application/xml")
add("api", "POST", "/api/v1/billing-runs", 415, body="month=2026-01", content_type=FORM)
add("api", "POST", "/api/v1/participants/imports?mode=SEMUA_ATAU_TIDAK", 415, body="{}", content_type=JSON)
add("api", "POST", "/api/v1/payments/imports", 415, body="{}", content_type=JSON, as_=BPJS)
add("api", "GET", "/api/v1/participants", 406, accept="text/csv")
add("api", "GET", "/api/v1/me", 406, accept="image/png")

# ---------------------------------------------------------------- API: bodies that cannot be read
add("api", "POST", "/api/v1/payments", 400, body="{", content_type=JSON, note="malformed JSON payment")
add("api", "POST", "/api/v1/payments", 400, body="[]", content_type=JSON, note="JSON array for a payment")
add("api", "POST", "/api/v1/payments", 400, body="", content_type=JSON, note="empty body payment")
add("api", "POST", "/api/v1/payments", 400, field="payerId", body='{"payerId":"abc"}', content_type=JSON,
    note="payer id text")
add("api", "POST", "/api/v1/payments", 400, field="paidOn",
    body='{"payerId":%d,"paidOn":"2026-02-30","amount":"1000","reference":"X"}' % NOBODY_ID, content_type=JSON,
    note="payment on 30 February")
add("api", "POST", "/api/v1/payments", 400, field="payerId", body='{"bogus":1,"jumlah":5}', content_type=JSON,
    note="payment with unknown fields only")
add("api", "POST", "/api/v1/billing-runs", 400, field="month", body='{"month":"2026-13"}', content_type=JSON,
    note="billing run month 13")
add("api", "POST", "/api/v1/billing-runs", 400, field="month", body='{"month":202601}', content_type=JSON,
    note="billing run month as a number")
add("api", "POST", "/api/v1/participants", 400, field="birthDate", body='{"birthDate":"kemarin"}',
    content_type=JSON, note="participant birth date text")
add("api", "POST", "/api/v1/participants", 400, body='{"nik": 12, "fullName": ["a", "b"]}', content_type=JSON,
    note="participant name as a list")
add("api", "POST", "/api/v1/cards/received", 400, field="participantIds[0]",
    body='{"participantIds":["satu"],"date":"2026-01-01"}', content_type=JSON, note="card ids as text")
add("api", "POST", "/api/v1/claims", 400, body='{"participantId":true}', content_type=JSON, as_=DESA,
    note="claim participant as boolean")
add("api", "POST", "/api/v1/participants/imports?mode=SEMUA_ATAU_TIDAK", 400, field="file",
    body="--b\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--b--\r\n",
    content_type="multipart/form-data; boundary=b", as_=DESA, note="participant import without file")
add("api", "POST", "/api/v1/participants/imports?mode=BUKAN", 400, field="mode",
    body="--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nx\r\n--b--\r\n",
    content_type="multipart/form-data; boundary=b", as_=DESA, note="participant import bad mode")
add("api", "POST", "/api/v1/payments/imports", 400, field="file",
    body="--b\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--b--\r\n",
    content_type="multipart/form-data; boundary=b", as_=BPJS, note="payment import without file")
add("api", "POST", "/api/v1/payments/imports", 400,
    body="this is not multipart", content_type="multipart/form-data; boundary=zzz", as_=BPJS,
    note="payment import broken multipart")
add("api", "POST", "/api/v1/payments/imports", 413, content_type="multipart/form-data; boundary=b", as_=BPJS,
    oversize=UPLOAD_LIMIT, note="payment import 300 MB")
add("api", "POST", "/api/v1/participants/imports?mode=SEMUA_ATAU_TIDAK", 413,
    content_type="multipart/form-data; boundary=b", as_=DESA, oversize=UPLOAD_LIMIT,
    note="participant import 300 MB")

# ---------------------------------------------------------------- API: who may ask
add("api", "GET", "/api/v1/me", 401, as_=None, auth="none", note="API without a token")
add("api", "GET", "/api/v1/participants", 401, as_=None, auth="none",
    headers={"Authorization": "Bearer psn_bukan-token"}, note="API with a wrong token")
add("api", "POST", "/api/v1/payments", 401, as_=None, auth="none", body="{}", content_type=JSON,
    note="API write without a token")
add("api", "POST", "/api/v1/regions", 403, as_=DESA, body="{}", content_type=JSON, note="DESA adds a village")
add("api", "POST", "/api/v1/tariffs", 403, as_=DESA, body="{}", content_type=JSON, note="DESA adds a tariff")
add("api", "POST", "/api/v1/claims/benefit-rules", 403, as_=DESA, body="{}", content_type=JSON,
    note="DESA adds a benefit rule")

# ---------------------------------------------------------------- pages: links with a bad parameter
page_params = [
    ("/peserta?status=BUKAN", "status"),
    ("/peserta?pekerjaan=ASTRONOT", "pekerjaan"),
    ("/peserta?after=abc", "after"),
    ("/peserta/ekspor.xlsx?status=BUKAN", "status"),
    ("/peserta/abc", "id"),
    ("/peserta/baru?menggantikan=abc", "menggantikan"),
    ("/monev?tanggal=2026-02-30", "tanggal"),
    ("/monev/tunggakan?tanggal=kemarin", "tanggal"),
    ("/monev/kartu-klaim?dari=01-01-2026", "dari"),
    ("/monev/kartu-klaim?sampai=2026-13-01", "sampai"),
    ("/monev/kualitas?hari=tujuh", "hari"),
    ("/monev/anggaran?tahun=20x6", "tahun"),
    ("/monev/anggaran?ubah=abc", "ubah"),
    ("/klaim?dari=2026-02-30", "dari"),
    ("/klaim/abc", "id"),
    ("/klaim/baru?peserta=abc", "peserta"),
    ("/admin/audit?from=kemarin", "from"),
    ("/admin/audit?action=HAPUS_SEMUA", "action"),
    ("/admin/audit?before=x", "before"),
    ("/admin/pengguna?role=RAJA", "role"),
    ("/admin/pengguna/abc", "id"),
    ("/iuran/pembayaran?pembayar=abc", "pembayar"),
    ("/iuran/pembayar/abc", "id"),
    ("/iuran/tenggat/abc", "id"),
    ("/iuran/tunggakan?semua=mungkin", "semua"),
    ("/peserta/impor/abc", "id"),
    ("/monev/laporan/abc", "id"),
    ("/kartu/serah-terima/abc", "id"),
    ("/iuran/pembayar/1/surat-tunggakan.pdf?tenggat=abc", "tenggat"),
    ("/peserta/kuota?tahun=dua", "tahun"),
]
for path, field in page_params:
    add("page", "GET", path, 400, field=field)
for path in ["/peserta/%d" % NOBODY_ID, "/klaim/%d" % NOBODY_ID, "/halaman-tidak-ada", "/peserta/impor/%d" % NOBODY_ID]:
    add("page", "GET", path, 404)
for method, path in [("GET", "/peserta/1/verifikasi"), ("GET", "/klaim/1/bayar"), ("DELETE", "/peserta"),
                     ("PUT", "/admin/pengguna/baru")]:
    add("page", method, path, 405, csrf=method != "GET")
add("page", "GET", "/admin/pengguna", 403, as_=DESA, note="DESA opens the user admin")
add("page", "GET", "/admin/audit", 403, as_=DESA, note="DESA opens the audit trail")
add("page", "GET", "/peserta", 302, as_=None, auth="none", note="page without sign-in goes to the login")

# ---------------------------------------------------------------- forms: posts with a bad value (CSRF sent)
form_posts = [
    ("/admin/pengguna/baru", "username=&fullName=&role=RAJA&scope=72.09&password=&enabled=mungkin", [200, 400],
     "role", "user form with an unknown role"),
    ("/peserta/baru", "nik=&fullName=&birthDate=kemarin&programmeYear=dua&replacesId=x", [200, 400], "birthDate",
     "participant form with text in date and number fields"),
    ("/admin/pengguna/abc", "fullName=x&role=ADMIN&scope=72.09", 400, "id", "user update with a text id"),
    ("/admin/pengguna/abc/kata-sandi", "password=rahasia-baru-123", 400, "id", "password reset with a text id"),
    ("/peserta/abc/verifikasi", "", 400, "id", None),
    ("/peserta/%d/daftar" % NOBODY_ID, "kpj=1&registeredOn=kemarin", 400, "registeredOn", None),
    ("/peserta/%d/berhenti" % NOBODY_ID, "endReason=MENINGGAL&endedOn=2026-02-30", 400, "endedOn", None),
    ("/iuran/pembayaran", "payerId=abc&paidOn=2026-01-01&amount=1000&reference=X", 400, "payerId",
     "payment form with a text payer"),
    ("/iuran/pembayaran/abc/batal", "reason=salah", 400, "id", None),
    ("/iuran/pembayaran/impor", "mode=BUKAN", 400, "mode", "payment import form with an unknown mode"),
    ("/peserta/impor", "mode=BUKAN", 400, "mode", "participant import form with an unknown mode"),
    ("/kartu/diterima", "ids=1", 400, "wilayah", "cards received without village"),
    ("/kartu/diterima", "wilayah=72.09.05.2001&ids=satu", 400, "ids", "cards received with a text id"),
    ("/kartu/serah-terima", "wilayah=72.09.05.2001&ids=1&date=kemarin", 400, "date", "handover on a text date"),
    ("/klaim/baru", "participantId=abc&type=JKK", 400, "participantId", "claim for a text participant"),
    ("/klaim/baru", "participantId=%d&incidentDate=2026-02-30" % NOBODY_ID, 400, "incidentDate",
     "claim on 30 February"),
    ("/klaim/baru", "participantId=%d&stmbDays=lama" % NOBODY_ID, 400, "stmbDays", "claim with text days"),
    ("/klaim/abc/bayar", "amount=1000", 400, "id", None),
    ("/klaim/%d/bayar" % NOBODY_ID, "amount=1000&paidOn=besok", 400, "paidOn", None),
    ("/klaim/aturan", "code=JKM_SANTUNAN&validFrom=2026/01/01", 400, "validFrom", "benefit rule on a slashed date"),
    ("/klaim/aturan", "code=JKM_SANTUNAN&validFrom=2026-01-01&quantity=x", 400, "quantity", None),
    ("/peserta/kuota", "region=72.09.05.2001&year=dua&quota=5", 400, "year", "quota with a text year"),
    ("/peserta/kuota", "region=72.09.05.2001&year=2026&quota=lima", 400, "quota", "quota with a text quota"),
    ("/monev/data/angkatan-kerja", "kecamatan=72.09.05&year=x&workers=10", 400, "year", None),
    ("/monev/data/regulasi", "title=Perbup&number=1&issuedOn=kemarin", 400, "issuedOn", None),
    ("/monev/anggaran/skenario", "name=Uji&uniform=banyak", 400, "uniform", "budget scenario with text count"),
    ("/monev/anggaran/skenario/abc", "name=Uji", 400, "id", None),
    ("/monev/anggaran/skenario/abc/hapus", "", 400, "id", None),
    ("/iuran/aturan/pengaturan", "validFrom=2026-01-01&graceMonths=tiga&dueDay=10", 400, "graceMonths", None),
    ("/iuran/aturan/pengaturan", "validFrom=2026-01-01&graceMonths=3&dueDay=sepuluh", 400, "dueDay", None),
    ("/akun/token/abc/cabut", "", 400, "id", "revoke a token with a text id"),
    ("/peserta/keluar/abc/setujui", "", 400, "id", None),
    ("/monev/laporan/buat", "jenis=BULANAN&dari=kemarin", 400, "dari", "report from a text date"),
]
for path, body, expect, field, note in form_posts:
    as_ = BPJS if path.startswith("/iuran/pembayaran") else ADMIN
    add("form", "POST", path, expect, field=field, as_=as_, body=body, content_type=FORM, note=note)

add("form", "POST", "/peserta/baru", 403, body="nik=1", content_type=FORM, csrf=False,
    note="form without its CSRF token")
add("form", "POST", "/iuran/pembayaran/impor", 413, content_type="multipart/form-data; boundary=b", as_=BPJS,
    oversize=UPLOAD_LIMIT, note="payment import form 300 MB")
add("form", "POST", "/peserta/impor", 413, content_type="multipart/form-data; boundary=b", as_=DESA,
    oversize=UPLOAD_LIMIT, note="participant import form 300 MB")
add("form", "POST", "/iuran/pembayaran", [200, 400, 415], body='{"payerId":1}', content_type="text/plain", as_=BPJS,
    note="payment form sent as plain text")


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out = os.path.join(root, OUT)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"generatedBy": "scripts/bad-input/requests.py", "requests": entries}, f, indent=1,
                  ensure_ascii=False)
        f.write("\n")
    kinds = {}
    for e in entries:
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    print("%d requests (%s) -> %s" % (len(entries), ", ".join("%s %d" % kv for kv in sorted(kinds.items())), OUT),
          file=sys.stderr)


if __name__ == "__main__":
    main()
