"""Realistic supervision records for the supervision page's tests and screenshots, dated around
today through the real services: petitions in every status (one anonymous filed at the employee
view with a name, one overdue), a reported supervision plan whose findings raised two items (one
answered with a scanned letter, one overdue), a plan still to notify, an item from a petition
and a resolved inspection item."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dcs_enterprise.domain.petitions import Category, Channel
from dcs_enterprise.domain.supervision import Source, Status, Subject
from dcs_enterprise.services.accounts import sign_in
from dcs_enterprise.services.petitions import PetitionService
from dcs_enterprise.services.session import EMPLOYEE_VIEW
from dcs_enterprise.services.supervision_items import ItemService
from dcs_enterprise.services.supervision_models import (
    FileInput,
    ItemInput,
    PetitionInput,
    PlanInput,
)
from dcs_enterprise.services.supervision_plans import PlanService

SCAN = FileInput("cong-van-tra-loi.pdf", b"%PDF-1.4 scanned letter\n" * 40, "application/pdf")


@dataclass
class Seeded:
    petitions: dict[str, int]  # id by short name
    plans: dict[str, int]
    items: dict[str, int]


def seed(db, today: date) -> Seeded:
    union = sign_in(db, "congdoan", "demo-congdoan")
    hr = sign_in(db, "nhansu", "demo-nhansu")

    def ago(days: int) -> date:
        return today - timedelta(days=days)

    p_union, p_hr = PetitionService(db, union), PetitionService(db, hr)
    petitions: dict[str, int] = {}

    def record(name, subject, content, category, channel, days, by="", anonymous=False):
        made = p_union.record(PetitionInput(content, category, channel, ago(days), subject,
                                            anonymous, by))
        petitions[name] = made.row.id
        return made.row.id

    water = record("water", "Nước uống tại xưởng may 2",
                   "Bình nước uống ở xưởng may 2 thường hết từ giữa ca chiều; đề nghị bổ sung "
                   "thêm hai bình và kiểm tra chất lượng nước định kỳ.", Category.SAFETY,
                   Channel.DIRECT, 40, "Tổ may 3")
    p_union.route(water, "Giám đốc", ago(39))
    p_hr.answer(water, "Công ty lắp thêm hai máy lọc nước tại xưởng may 2 từ tuần sau và "
                       "kiểm tra chất lượng nước mỗi quý.", ago(30))
    p_union.close(water, Status.RESOLVED, "Đã lắp máy lọc nước; người lao động xác nhận.",
                  ago(20))
    p_union.publish_answer(water, ago(19), "Bảng tin xưởng may 2; màn hình người lao động")
    meals = record("meals", "Tiền ăn ca", "Đề nghị tăng tiền ăn ca từ 25.000 đồng lên 35.000 "
                   "đồng cho phù hợp giá cả.", Category.WELFARE, Channel.SUGGESTION_BOX, 35,
                   anonymous=True)
    p_union.route(meals, "Phòng Hành chính - Nhân sự", ago(34))
    overtime = record("overtime", "Tăng ca quá 40 giờ/tháng",
                      "Tổ cắt phải tăng ca hơn 40 giờ trong tháng trước.",
                      Category.WORKING_TIME, Channel.HOTLINE, 25, "Nguyễn Văn Bảy - Tổ cắt")
    p_union.route(overtime, "Giám đốc", ago(24))
    p_hr.answer(overtime, "Đơn hàng gấp theo hợp đồng với khách hàng; công ty đã trả đủ tiền "
                          "làm thêm giờ.", ago(18), reject=True)
    p_union.close(overtime, Status.ESCALATED, "Chuyển Liên đoàn Lao động thành phố Thủ Đức "
                  "vì vượt giới hạn giờ làm thêm của Điều 107 Bộ luật Lao động.", ago(15))
    filed = PetitionService(db, EMPLOYEE_VIEW).file(PetitionInput(
        "Quạt thông gió ở dây chuyền 4 hỏng đã hai tuần, rất nóng.", Category.SAFETY,
        Channel.EMPLOYEE_VIEW, ago(10), "Quạt thông gió dây chuyền 4", True, "Phạm Thị Lan"))
    petitions["fan"] = filed.id
    record("health", "Khám sức khỏe định kỳ", "Đề nghị tổ chức khám sức khỏe định kỳ cho lao "
           "động nữ có khám chuyên khoa phụ sản.", Category.INSURANCE,
           Channel.DEPARTMENT_MEETING, 5, "Hội nghị phòng Kho vận")

    plans_union = PlanService(db, union)
    pay = plans_union.create(PlanInput(
        Subject.CONTRACTS_AGREEMENT, "Giám sát việc trả tiền làm thêm giờ quý I",
        ago(30), ago(26), "Bảo đảm người lao động được trả đủ tiền làm thêm giờ.",
        "Bảng chấm công và bảng lương tháng 1-3 của xưởng may 1, xưởng may 2 và tổ cắt.",
        "Lê Văn Thắng - Trưởng đoàn\nĐỗ Thị Mai - Thành viên\nHoàng Văn Nam - Thành viên"))
    plans_union.record_notice(pay.row.id, ago(38))
    plans_union.record_findings(pay.row.id, "Tiền làm thêm giờ ban đêm của tổ cắt tính thiếu "
                                "30% phụ cấp ca đêm trong tháng 2. Nội quy lao động sửa đổi "
                                "chưa được niêm yết tại xưởng may 2.", ago(22))
    insurance = plans_union.create(PlanInput(
        Subject.CONTRIBUTIONS, "Giám sát đóng bảo hiểm xã hội năm trước", today + timedelta(
            days=12), today + timedelta(days=16), "Đối chiếu danh sách đóng bảo hiểm.",
        "Danh sách lao động và tờ khai bảo hiểm xã hội 12 tháng.",
        "Lê Văn Thắng - Trưởng đoàn\nĐỗ Thị Mai - Thành viên"))

    i_union, i_hr = ItemService(db, union), ItemService(db, hr)
    items: dict[str, int] = {}
    night = i_union.raise_item(ItemInput(
        Source.SUPERVISION, Subject.CONTRACTS_AGREEMENT, "Trả thiếu phụ cấp ca đêm tổ cắt",
        "Giám đốc", ago(22), "Truy trả phụ cấp ca đêm tháng 2 cho tổ cắt.",
        "Thiếu 30% phụ cấp ca đêm.", "Bộ luật Lao động 2019 Điều 98", plan_id=pay.row.id))
    items["night"] = night.row.id
    i_union.step(night.row.id, Status.SENT, "Gửi công văn số 12/CĐCS.", ago(21))
    i_hr.step(night.row.id, Status.ANSWERED, "Công ty truy trả trong kỳ lương tháng này.",
              ago(12), (SCAN,))
    rules = i_union.raise_item(ItemInput(
        Source.SUPERVISION, Subject.INTERNAL_RULES, "Chưa niêm yết nội quy lao động sửa đổi",
        "Phòng Hành chính - Nhân sự", ago(22), "Niêm yết nội quy tại xưởng may 2.",
        plan_id=pay.row.id))
    items["rules"] = rules.row.id
    i_union.step(rules.row.id, Status.SENT, "", ago(21))
    meal_item = i_union.raise_item(ItemInput(
        Source.PETITION, Subject.FUNDS, "Tiền ăn ca chưa được điều chỉnh",
        "Phòng Hành chính - Nhân sự", ago(8), "Điều chỉnh tiền ăn ca theo giá cả.",
        source_id=meals))
    items["meals"] = meal_item.row.id
    fire = i_union.raise_item(ItemInput(
        Source.INSPECTION, Subject.OTHER, "Lối thoát hiểm kho thành phẩm bị chắn",
        "Giám đốc", ago(45), "Dọn lối thoát hiểm, gắn biển báo."))
    items["fire"] = fire.row.id
    i_union.step(fire.row.id, Status.SENT, "", ago(44))
    i_hr.step(fire.row.id, Status.ANSWERED, "Đã dọn lối thoát hiểm.", ago(40))
    i_union.step(fire.row.id, Status.RESOLVED, "Kiểm tra lại: lối thoát thông thoáng.", ago(38))
    i_union.publish_outcome(fire.row.id, ago(37), "Bảng tin công ty")
    return Seeded(petitions, {"pay": pay.row.id, "insurance": insurance.row.id}, items)
