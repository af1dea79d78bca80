"""Plausible Vietnamese names, departments and positions for the demo enterprise."""

from __future__ import annotations

import random

# Family names weighted roughly as in the population (Nguyễn about 38%).
FAMILY_NAMES = [("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 4),
                ("Phan", 4), ("Vũ", 4), ("Võ", 4), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2),
                ("Hồ", 2), ("Ngô", 2), ("Dương", 1), ("Lý", 1), ("Đinh", 1), ("Trương", 1)]
MALE_MIDDLE = ["Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quốc", "Thành", "Công", "Xuân",
               "Ngọc", "Hoàng", "Thanh", "Trọng", "Đình"]
FEMALE_MIDDLE = ["Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Mai", "Phương", "Kim",
                 "Bảo", "Hồng", "Thùy", "Diệu", "Khánh"]
MALE_GIVEN = ["An", "Bình", "Cường", "Dũng", "Đức", "Hải", "Hiếu", "Hùng", "Huy", "Khánh",
              "Khoa", "Lâm", "Long", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quang", "Quân",
              "Sơn", "Tài", "Thắng", "Thành", "Thịnh", "Toàn", "Trung", "Tuấn", "Việt", "Vinh"]
FEMALE_GIVEN = ["Anh", "Ánh", "Châu", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa",
                "Hương", "Huyền", "Lan", "Linh", "Loan", "Mai", "My", "Ngân", "Ngọc", "Nhung",
                "Oanh", "Phương", "Quỳnh", "Tâm", "Thảo", "Thủy", "Trang", "Uyên", "Vân", "Yến"]

# (code, name, share of the workforce, positions with weights)
DEPARTMENTS = [
    ("BGD", "Ban Giám đốc", 1, [("Phó Tổng Giám đốc", 1), ("Trợ lý Ban Giám đốc", 3),
                                ("Thư ký", 2)]),
    ("HCNS", "Phòng Hành chính - Nhân sự", 2, [("Trưởng phòng", 1), ("Chuyên viên nhân sự", 6)]),
    ("KT", "Phòng Kế toán", 2, [("Kế toán trưởng", 1), ("Kế toán viên", 5)]),
    ("KH", "Phòng Kế hoạch - Xuất nhập khẩu", 2, [("Trưởng phòng", 1), ("Nhân viên", 6)]),
    ("QLCL", "Phòng Quản lý chất lượng", 4, [("Trưởng phòng", 1), ("Nhân viên QC", 10)]),
    ("KTCD", "Phòng Kỹ thuật - Cơ điện", 5, [("Trưởng phòng", 1), ("Kỹ thuật viên", 10)]),
    ("PXC", "Phân xưởng Cắt", 14, [("Quản đốc", 1), ("Tổ trưởng", 4), ("Công nhân cắt", 60)]),
    ("PXM1", "Phân xưởng May 1", 20, [("Quản đốc", 1), ("Tổ trưởng", 4), ("Công nhân may", 80)]),
    ("PXM2", "Phân xưởng May 2", 20, [("Quản đốc", 1), ("Tổ trưởng", 4), ("Công nhân may", 80)]),
    ("PXHT", "Phân xưởng Hoàn thiện", 14, [("Quản đốc", 1), ("Tổ trưởng", 4), ("Công nhân", 60)]),
    ("KHO", "Kho vận", 8, [("Thủ kho", 1), ("Nhân viên kho", 10), ("Lái xe nâng", 3)]),
    ("BV", "Tổ Bảo vệ", 3, [("Tổ trưởng bảo vệ", 1), ("Nhân viên bảo vệ", 8)]),
    ("CD", "Văn phòng Công đoàn", 1, [("Cán bộ công đoàn chuyên trách", 1),
                                       ("Nhân viên văn phòng công đoàn", 2)]),
]


def _weighted(rng: random.Random, pairs):
    return rng.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]


def person_name(rng: random.Random, female: bool) -> str:
    middle = rng.choice(FEMALE_MIDDLE if female else MALE_MIDDLE)
    given = rng.choice(FEMALE_GIVEN if female else MALE_GIVEN)
    return f"{_weighted(rng, FAMILY_NAMES)} {middle} {given}"


def position(rng: random.Random, positions) -> str:
    return _weighted(rng, positions)
