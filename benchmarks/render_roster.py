"""The roster PDF at factory scale: N synthetic employees in departments, rendered once.

    python benchmarks/render_roster.py [--employees 20000] [--departments 25] [--out FILE.pdf]

Prints the render time, the peak of Python allocations during a render (tracemalloc, measured on
a second, untimed render), the process's peak RSS after the timed render (data included), the
page count and the file size, then one markdown table row for benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import platform
import random
import resource
import sys
import time
import tracemalloc
from datetime import date
from pathlib import Path

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.enums import Gender
from dcs_enterprise.reports.roster import render_roster, roster_title

FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
          "Đỗ", "Hồ", "Ngô", "Dương", "Lý")
MIDDLE = ("Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Thị Thu", "Quốc", "Xuân")
GIVEN = ("An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hương", "Khánh", "Lan",
         "Linh", "Mai", "Nam", "Nga", "Oanh", "Phúc", "Quyên", "Sơn", "Thảo", "Tuấn", "Uyên",
         "Vy", "Yến", "Ánh", "Đạt", "Ngọc Trâm")
POSITIONS = ("Công nhân may", "Công nhân cắt", "Tổ trưởng", "Kỹ thuật viên", "Nhân viên kho",
             "Quản đốc phân xưởng", "Trưởng phòng Hành chính - Nhân sự", "Nhân viên")


def synthetic_roster(employees: int, departments: int, seed: int = 7) -> doc.RosterDocumentData:
    rng = random.Random(seed)
    per_department: list[list[doc.RosterLine]] = [[] for _ in range(departments)]
    for n in range(employees):
        per_department[n % departments].append(doc.RosterLine(
            code=f"NV{n + 1:06d}",
            full_name=f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}",
            gender=Gender.FEMALE if rng.random() < 0.7 else Gender.MALE,
            date_of_birth=None if rng.random() < 0.02 else date(
                rng.randint(1965, 2006), rng.randint(1, 12), rng.randint(1, 28)),
            position=rng.choice(POSITIONS),
            union_member=rng.random() < 0.8,
        ))
    return doc.RosterDocumentData(
        enterprise_name="Công ty TNHH May mặc Bình An",
        union_name="Công đoàn cơ sở Công ty TNHH May mặc Bình An",
        province="Bình Dương",
        day=date(2027, 1, 5),
        departments=tuple(doc.DepartmentRoster(f"Phân xưởng may số {i + 1}", tuple(rows))
                          for i, rows in enumerate(per_department)),
    )


def frame_for(data: doc.RosterDocumentData) -> doc.DocumentFrame:
    return doc.DocumentFrame(
        issuers=(doc.IssuingBody(data.enterprise_name),),
        number=doc.DocumentNumber(5, 2027, "DS", "CT"),
        place=data.province,
        day=data.day,
        type_name="DANH SÁCH",
        title=roster_title(data),
        signatures=(doc.SignatureBlock("Giám đốc", "Trần Văn Bình"),),
        recipients=("Công đoàn cơ sở",),
        archive="VT, HCNS",
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=20_000)
    parser.add_argument("--departments", type=int, default=25)
    parser.add_argument("--out", type=Path, help="keep the PDF here")
    args = parser.parse_args()

    data = synthetic_roster(args.employees, args.departments)
    frame = frame_for(data)
    # Warm up once on a tiny roster so font registration is not counted as rendering.
    render_roster(synthetic_roster(10, 1), frame)

    pages = 0

    def count(page: int) -> None:
        nonlocal pages
        pages = page

    # Timed without tracemalloc (it slows allocation-heavy code several times over), then
    # rendered again under tracemalloc for the peak of Python allocations.
    start = time.perf_counter()
    pdf = render_roster(data, frame, on_page=count)
    elapsed = time.perf_counter() - start
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    render_roster(data, frame)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    if args.out:
        args.out.write_bytes(pdf)

    print(f"employees: {args.employees}, departments: {args.departments}, pages: {pages}, "
          f"PDF: {len(pdf) / 1e6:.1f} MB")
    print(f"render: {elapsed:.2f} s; peak traced memory: {peak / 1e6:.0f} MB; "
          f"peak RSS: {rss_kb / 1024:.0f} MB")
    machine = f"{platform.machine()} Python {platform.python_version()}"
    print(f"| {date.today():%Y-%m-%d} | render_roster.py | {args.employees} employees, "
          f"{pages} pages | {elapsed:.2f} s | {peak / 1e6:.0f} MB traced, "
          f"{rss_kb / 1024:.0f} MB RSS | {machine} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
