"""The papers of workflow 4 (DOMAIN.md "Supervision and petitions"): the supervision plan, the
findings report, the petition register and the annual report on grassroots democracy, as
kinds of the catalog (catalog.py)."""

from __future__ import annotations

from dcs_enterprise.domain import supervision_documents as sup

from .annual_report import render_annual_report
from .document_kind import DocumentKind
from .petition_register import render_petition_register
from .supervision_findings import render_supervision_findings
from .supervision_plan import render_supervision_plan

SUPERVISION_KINDS: tuple[DocumentKind, ...] = (
    DocumentKind(
        key="supervision-plan",
        type_name="KẾ HOẠCH",
        type_code="KH",
        description_vi="Kế hoạch kiểm tra, giám sát của Công đoàn cơ sở: nội dung theo Điều "
                       "46 Nghị định 145/2020/NĐ-CP, mục đích, phạm vi, thời gian, thành phần "
                       "đoàn, thông báo kế hoạch đến người sử dụng lao động (ít nhất 05 ngày "
                       "làm việc trước khi tiến hành, nếu áp dụng)",
        description_en="The union's supervision plan: subject (Decree 145 Art 46), purpose, "
                       "scope, dates, team, and the notice to the management (at least 5 "
                       "working days before, where that rule applies)",
        data_type=sup.SupervisionPlanData,
        render=render_supervision_plan,
        title=sup.plan_title,
    ),
    DocumentKind(
        key="supervision-findings",
        type_name="BÁO CÁO",
        type_code="BC",
        description_vi="Báo cáo kết quả kiểm tra, giám sát: nội dung đã kiểm tra, kết quả, "
                       "các kiến nghị (nơi nhận, thời hạn trả lời, tình trạng, trả lời của "
                       "người sử dụng lao động) và việc theo dõi, đôn đốc",
        description_en="Report of the supervision findings: what was checked, the findings, "
                       "each recommendation (addressee, answer due, status, the employer's "
                       "answer) and the follow-up",
        data_type=sup.SupervisionFindingsData,
        render=render_supervision_findings,
        title=sup.findings_title,
    ),
    DocumentKind(
        key="petition-register",
        type_name="SỔ THEO DÕI",
        type_code="",
        description_vi="Sổ theo dõi kiến nghị, phản ánh của người lao động trong năm: ngày "
                       "nhận, kênh, người gửi (ẩn danh được giữ bí mật), lĩnh vực, nội dung, "
                       "nơi giải quyết, thời hạn, trả lời, tình trạng, công khai",
        description_en="Register of the workers' petitions of a year: date, channel, "
                       "petitioner (anonymous ones kept secret), category, content, "
                       "addressee, due date, answer, status, publication",
        data_type=sup.PetitionRegisterData,
        render=render_petition_register,
        title=sup.register_title,
    ),
    DocumentKind(
        key="annual-report",
        type_name="BÁO CÁO",
        type_code="BC",
        description_vi="Báo cáo tình hình thực hiện dân chủ ở cơ sở tại doanh nghiệp trong "
                       "năm: hội nghị người lao động, đối thoại, thỏa ước lao động tập thể, "
                       "kiến nghị và kiểm tra, giám sát (tiếp nhận, giải quyết, quá hạn), "
                       "công khai thông tin, đánh giá chung",
        description_en="Annual report on grassroots democracy at the enterprise: workers' "
                       "conferences, dialogues, the collective agreement, petitions and "
                       "supervision items (received, resolved, overdue), publication, "
                       "assessment",
        data_type=sup.AnnualReportData,
        render=render_annual_report,
        title=sup.annual_report_title,
    ),
)
