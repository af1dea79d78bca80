"""The demo's petitions, supervision and publication register (DOMAIN.md workflow 4), recorded
through the services as the workers, the union and HR would, dated over the year up to
``today``: petitions from every channel in every status (some anonymous, some overdue, the
answered ones partly published), a finished supervision plan whose findings became items, the
next plan waiting for its notice, items from every source in every status with their timeline
and evidence (the resolved finding's outcome published), and the employer's publication
register."""

from __future__ import annotations

import struct
import zlib
from datetime import date, timedelta

from ..domain.petitions import Category, Channel
from ..domain.publication import PublicationForm, PublishedMatter
from ..domain.supervision import Source, Status, Subject
from ..storage.database import Database
from .petitions import PetitionService
from .publication_register import PublicationRegisterService
from .session import EMPLOYEE_VIEW, Actor
from .supervision_items import ItemService
from .supervision_models import EntryInput, FileInput, ItemInput, PetitionInput, PlanInput
from .supervision_plans import PlanService

HR_HEAD, PRODUCTION, CANTEEN = ("Phòng Hành chính - Nhân sự", "Ban Giám đốc sản xuất",
                                "Phòng Hành chính - Nhân sự (bộ phận nhà ăn)")
BOARDS = "Bảng tin nhà ăn và bảng tin các phân xưởng"
C, S = Category, Status

# (days ago, channel, category, subject, content, petitioner or "" when anonymous, addressee,
#  final status, answer or reasons, closing note)
PETITIONS = (
    (330, Channel.SUGGESTION_BOX, C.WELFARE, "Suất ăn ca đêm",
     "Suất ăn ca đêm thường nguội và ít rau; đề nghị nhà ăn giữ nóng thức ăn cho ca 3.", "",
     CANTEEN, S.RESOLVED, "Nhà thầu đã lắp thêm 2 tủ giữ nhiệt và bổ sung rau xanh từ tháng "
     "sau.", "Tổ giám sát bữa ăn xác nhận suất ăn ca đêm đã cải thiện."),
    (290, Channel.DIRECT, C.WAGES, "Phụ cấp chuyên cần",
     "Đề nghị làm rõ cách tính phụ cấp chuyên cần khi nghỉ phép năm có đăng ký trước.",
     "Tổ may 3 - Xưởng May 1", HR_HEAD, S.RESOLVED, "Nghỉ phép năm có đăng ký trước không bị "
     "trừ phụ cấp chuyên cần; phòng Nhân sự đã điều chỉnh bảng lương tháng này.",
     "Đã truy lĩnh cho 37 người lao động."),
    (250, Channel.HOTLINE, C.SAFETY, "Quạt thông gió Xưởng Đế",
     "Khu ép đế nóng, quạt thông gió số 4 và số 6 hỏng hơn một tuần.", "", PRODUCTION,
     S.RESOLVED, "Đã thay 2 quạt và lắp thêm 4 quạt hơi nước.", "Kiểm tra thực tế: đã lắp đủ."),
    (210, Channel.DEPARTMENT_MEETING, C.WORKING_TIME, "Lịch tăng ca",
     "Đề nghị thông báo lịch tăng ca trước ít nhất 2 ngày để người lao động sắp xếp đưa đón "
     "con.", "Xưởng Gò 2", PRODUCTION, S.ANSWERED, "Từ tháng sau, lịch tăng ca được niêm yết "
     "trước 2 ngày làm việc tại bảng tin xưởng.", ""),
    (170, Channel.EMPLOYEE_VIEW, C.INSURANCE, "Chậm trả sổ bảo hiểm xã hội",
     "Tôi đã nghỉ việc ở bộ phận cũ và chuyển xưởng nhưng chưa được chốt sổ bảo hiểm xã hội "
     "đúng hạn.", "", HR_HEAD, S.ESCALATED, "Hồ sơ chốt sổ đang chờ cơ quan bảo hiểm xã hội "
     "xử lý.", "Chuyển Công đoàn các Khu chế xuất và công nghiệp đề nghị cơ quan bảo hiểm xã "
     "hội xử lý dứt điểm."),
    (140, Channel.DIRECT, C.WELFARE, "Xe đưa đón tuyến Bến Cát",
     "Đề nghị bổ sung xe đưa đón tuyến Bến Cát cho ca chiều.", "Nguyễn Thị Hồng Nhung",
     HR_HEAD, S.REJECTED, "Số người đăng ký tuyến Bến Cát ca chiều chỉ 9 người, chưa đủ để mở "
     "tuyến; công ty hỗ trợ tiền xăng xe theo quy chế.", ""),
    (75, Channel.SUGGESTION_BOX, C.CONTRACTS, "Nội quy sử dụng điện thoại",
     "Nội quy mới cấm mang điện thoại vào xưởng nhưng không có tủ gửi đồ đủ cho mọi người.",
     "", HR_HEAD, S.ANSWERED, "Công ty lắp thêm 300 ngăn tủ gửi đồ có khóa ở cổng số 2 trong "
     "tháng này.", ""),
    (40, Channel.EMPLOYEE_VIEW, C.WELFARE, "Tiền ăn ca",
     "Đề nghị tăng tiền ăn ca vì giá thực phẩm tăng, suất ăn hiện nay chưa đủ no cho ca dài.",
     "", CANTEEN, S.ANSWERED, "Từ ngày 01 tháng sau, giá trị suất ăn ca tăng từ 25.000 đồng "
     "lên 30.000 đồng; thực đơn niêm yết hằng tuần tại nhà ăn.", ""),
    (30, Channel.HOTLINE, C.SAFETY, "Khẩu trang than hoạt tính",
     "Khu pha keo thiếu khẩu trang than hoạt tính, người lao động phải dùng khẩu trang vải.",
     "", PRODUCTION, S.SENT, "", ""),
    (12, Channel.DIRECT, C.WAGES, "Đơn giá mã hàng mới",
     "Đơn giá mã giày thể thao mới thấp hơn mã cũ trong khi thao tác phức tạp hơn.",
     "Chuyền may 5 - Xưởng May 2", PRODUCTION, S.SENT, "", ""),
    (26, Channel.SUGGESTION_BOX, C.OTHER, "Nhà vệ sinh Xưởng May 1",
     "Nhà vệ sinh nữ Xưởng May 1 thường hết nước vào cuối ca.", "", "", S.OPEN, "", ""),
    (2, Channel.EMPLOYEE_VIEW, C.WORKING_TIME, "Nghỉ giữa ca",
     "Ca 2 chỉ được nghỉ giữa ca 20 phút, đề nghị bảo đảm đủ 30 phút theo quy định.", "", "",
     S.OPEN, "", ""),
)
PUBLISHED_ANSWERS = {"Suất ăn ca đêm", "Phụ cấp chuyên cần", "Tiền ăn ca", "Xe đưa đón tuyến "
                     "Bến Cát"}
# Every petition walks its statuses in this order up to its own.
PATH = {S.OPEN: (), S.SENT: (S.SENT,), S.ANSWERED: (S.SENT, S.ANSWERED),
        S.REJECTED: (S.SENT, S.REJECTED), S.RESOLVED: (S.SENT, S.ANSWERED, S.RESOLVED),
        S.ESCALATED: (S.SENT, S.ANSWERED, S.ESCALATED)}


def create_demo_supervision(db: Database, hr: Actor, union: Actor, today: date) -> None:
    _petitions(db, hr, union, today)
    plan_id = _plans(db, union, today)
    _items(db, hr, union, today, plan_id)
    _register(db, hr, today)


def _petitions(db: Database, hr: Actor, union: Actor, today: date) -> None:
    by_union, by_hr = PetitionService(db, union), PetitionService(db, hr)
    kiosk = PetitionService(db, EMPLOYEE_VIEW)
    for ago, channel, category, subject, content, who, addressee, final, answer, note \
            in PETITIONS:
        raised = today - timedelta(days=ago)
        data = PetitionInput(content, category, channel, raised, subject, anonymous=not who,
                             raised_by=who)
        if channel is Channel.EMPLOYEE_VIEW:
            pid = kiosk.file(data).id
        else:
            pid = by_union.record(data).row.id
        day = raised
        for status in PATH[final]:
            day = min(today, day + timedelta(days=2 if status is S.SENT else 9))
            if status is S.SENT:
                by_union.route(pid, addressee, day)
            elif status in (S.ANSWERED, S.REJECTED):
                by_hr.answer(pid, answer, day, reject=status is S.REJECTED)
            else:
                by_union.close(pid, status, note, day)
        if subject in PUBLISHED_ANSWERS:
            by_union.publish_answer(pid, min(today, day + timedelta(days=1)), BOARDS)


def _plans(db: Database, union: Actor, today: date) -> int:
    plans = PlanService(db, union)
    start = today - timedelta(days=100)
    done = plans.create(PlanInput(
        Subject.CONTRIBUTIONS, "Giám sát việc đóng bảo hiểm xã hội và kinh phí công đoàn "
        f"năm {start.year}", start, start + timedelta(days=4),
        "Bảo đảm người lao động được đóng đủ, đúng hạn bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm "
        "thất nghiệp; công ty đóng kinh phí công đoàn đúng quy định.",
        "Danh sách đóng bảo hiểm và bảng lương 6 tháng đầu năm của Xưởng May 1, Xưởng May 2 và "
        "Xưởng Đế; chứng từ nộp kinh phí công đoàn.",
        "Lê Văn Thắng - Chủ tịch Công đoàn cơ sở, trưởng đoàn\nPhạm Thị Lan - Ủy viên Ban Chấp "
        "hành\nĐỗ Văn Hùng - Tổ trưởng công đoàn Xưởng Đế")).row.id
    plans.record_notice(done, start - timedelta(days=9))
    plans.record_findings(done, (
        "Công ty đóng bảo hiểm xã hội đủ cho 98,6% người lao động thuộc diện tham gia.\n"
        "17 người lao động mới ký hợp đồng từ tháng 4 chưa được đóng bảo hiểm xã hội tháng "
        "đầu tiên.\nKinh phí công đoàn quý II nộp chậm 25 ngày."), start + timedelta(days=6))
    nxt = today + timedelta(days=12)
    plans.create(PlanInput(
        Subject.FUNDS, f"Giám sát việc sử dụng quỹ phúc lợi năm {nxt.year}", nxt,
        nxt + timedelta(days=3), "Bảo đảm quỹ phúc lợi được chi đúng quy chế đã công khai.",
        "Chứng từ chi quỹ phúc lợi 9 tháng; danh sách trợ cấp khó khăn, thăm hỏi ốm đau.",
        "Lê Văn Thắng - Chủ tịch Công đoàn cơ sở, trưởng đoàn\nPhạm Thị Lan - Ủy viên Ban Chấp "
        "hành"))
    return done


def _items(db: Database, hr: Actor, union: Actor, today: date, plan_id: int) -> None:
    by_union, by_hr = ItemService(db, union), ItemService(db, hr)
    findings = today - timedelta(days=94)
    letter = FileInput("cong-van-tra-loi.png", _png((40, 90, 160)), "image/png")
    photo = FileInput("anh-niem-yet.png", _png((200, 160, 40)), "image/png")

    def item(source, subject, title, recommendation, raised, steps, source_id=None,
             plan=None, addressee=HR_HEAD, due=None):
        iid = by_union.raise_item(ItemInput(
            source, subject, title, addressee, raised, recommendation, due_on=due,
            source_id=source_id, plan_id=plan,
            legal_basis="Nghị định 145/2020/NĐ-CP, Điều 46")).row.id
        day = raised
        for status, text, by_employer, gap, files in steps:
            day = min(today, day + timedelta(days=gap))
            actor = by_hr if by_employer else by_union
            actor.step(iid, status, text, day, files)
        return iid

    resolved = item(Source.SUPERVISION, Subject.CONTRIBUTIONS, "Đóng bảo hiểm xã hội tháng "
                    "đầu cho người lao động mới", "Đóng bổ sung bảo hiểm xã hội cho 17 người lao "
                    "động mới.", findings,
                    [(S.SENT, "", False, 1, ()),
                     (S.ANSWERED, "Đã đóng bổ sung trong tháng 8.", True, 10, (letter,)),
                     (S.RESOLVED, "Đối chiếu danh sách: đã đóng đủ.", False, 20, ())],
                    plan_id, plan_id)
    closed = by_union.get(resolved, today).closed_on  # its outcome posted the day after
    by_union.publish_outcome(resolved, min(today, closed + timedelta(days=1)), BOARDS)
    item(Source.SUPERVISION, Subject.CONTRIBUTIONS, "Nộp kinh phí công đoàn đúng hạn",
         "Nộp kinh phí công đoàn hằng quý đúng thời hạn.", findings,
         [(S.SENT, "", False, 1, ()),
          (S.REJECTED, "Chậm nộp do thay đổi ngân hàng; công ty không chấp nhận là vi phạm.",
           True, 12, ()),
          (S.ESCALATED, "Báo cáo Công đoàn các Khu chế xuất và công nghiệp.", False, 5, ())],
         plan_id, plan_id, addressee="Phòng Tài chính - Kế toán")
    pet = [o for o in by_union.link_options(Source.PETITION) if "Khẩu trang" in o.label]
    item(Source.PETITION, Subject.INTERNAL_RULES, "Trang bị khẩu trang than hoạt tính khu "
         "pha keo", "Cấp đủ khẩu trang than hoạt tính cho khu pha keo.", today - timedelta(
             days=28), [(S.SENT, "", False, 1, ())], pet[0].id if pet else None,
         addressee=PRODUCTION)
    for source, title, gap_days, steps in (
            (Source.CONFERENCE, "Theo dõi thực hiện cam kết của nghị quyết hội nghị", 60,
             [(S.SENT, "", False, 2, ()),
              (S.ANSWERED, "Đang triển khai, dự kiến xong trong quý.", True, 14, ())]),
            (Source.DIALOGUE, "Thực hiện nội dung đã thống nhất tại đối thoại", 45,
             [(S.SENT, "", False, 3, ()),
              (S.REJECTED, "Nội dung này đã được thực hiện theo biên bản đối thoại; không có "
               "căn cứ thực hiện thêm.", True, 9, ())]),
            (Source.AGREEMENT, "Thực hiện điều khoản thỏa ước về nâng lương", 20,
             [(S.SENT, "", False, 10, ())])):
        options = by_union.link_options(source)
        if options:
            item(source, Subject.CONTRACTS_AGREEMENT, title, "Đề nghị báo cáo tiến độ thực "
                 "hiện bằng văn bản.", today - timedelta(days=gap_days), steps, options[0].id)
    iid = item(Source.INSPECTION, Subject.EMULATION_DISCIPLINE, "Công khai kết quả xử lý kỷ "
               "luật lao động", "Niêm yết kết quả xử lý kỷ luật lao động 6 tháng.",
               today - timedelta(days=5), [])
    by_union.add_note(iid, "Ảnh chụp bảng tin ngày kiểm tra: chưa niêm yết.", today, (photo,))


def _register(db: Database, hr: Actor, today: date) -> None:
    register = PublicationRegisterService(db, hr)
    year = today.year
    for matter, title, summary, form, ago, length in (
            (PublishedMatter.BUSINESS, f"Kết quả sản xuất, kinh doanh 6 tháng đầu năm {year}",
             "Doanh thu đạt 52% kế hoạch năm; đơn hàng quý IV tăng khoảng 20%.",
             PublicationForm.MEETING, 120, None),
            (PublishedMatter.INTERNAL_RULES, "Nội quy lao động sửa đổi (sử dụng điện thoại)",
             "Nội quy lao động sửa đổi, có hiệu lực từ ngày niêm yết; tủ gửi đồ ở cổng số 2.",
             PublicationForm.NOTICE_BOARD, 80, 30),
            (PublishedMatter.FUNDS, f"Trích lập và sử dụng quỹ phúc lợi quý III năm {year}",
             "Chi thăm hỏi ốm đau 126 trường hợp; trợ cấp khó khăn 18 trường hợp.",
             PublicationForm.NOTICE_BOARD, 50, 30),
            (PublishedMatter.CONTRIBUTIONS, "Tình hình đóng bảo hiểm xã hội và kinh phí công "
             "đoàn quý III", "Đóng đủ bảo hiểm cho người lao động thuộc diện tham gia; kinh "
             "phí công đoàn đã nộp đến hết quý III.", PublicationForm.WRITTEN_TO_UNION, 25, None),
            (PublishedMatter.EMULATION_DISCIPLINE, "Kết quả xử lý kỷ luật lao động 6 tháng",
             "", PublicationForm.NOTICE_BOARD, 3, None)):
        decided = today - timedelta(days=ago + 6)
        start = today - timedelta(days=ago) if ago > 3 else None  # the last one is decided only
        register.add(EntryInput(
            matter, title, form, BOARDS if form is PublicationForm.NOTICE_BOARD else
            "Hội nghị giao ban và gửi Công đoàn cơ sở", summary, decided, start,
            start + timedelta(days=length - 1) if start and length else None),
            (FileInput("anh-niem-yet.png", _png((30, 120, 60)), "image/png"),) if start else ())


def _png(rgb: tuple[int, int, int], size: int = 24) -> bytes:
    """A small solid-colour PNG standing for a photo or a scan in the demo."""
    raw = b"".join(b"\x00" + bytes(rgb) * size for _ in range(size))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))
