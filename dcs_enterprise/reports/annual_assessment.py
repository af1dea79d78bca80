"""The short assessment lines of the annual report ("Kết quả đạt được", "Tồn tại, hạn chế"),
drawn from its figures alone: what the law asks each year (a workers' conference, Decree 145
Art 47; a periodic dialogue, Labour Code Art 63.2.a; an agreement filed, Art 77; the Art 43.1
matters published) and what the registers show still owed (overdue answers)."""

from __future__ import annotations

from dcs_enterprise.domain.publication import PublishedMatter
from dcs_enterprise.domain.supervision_documents import AnnualReportData

from .conference_common import FORM_VI, LABOUR_CODE, dmy, percent
from .supervision_common import DECREE_145_SHORT, MATTER_VI, SOE_ONLY_MATTERS


def required_matters(data: AnnualReportData) -> list[PublishedMatter]:
    """The P1 matters the employer publishes: Art 43.1 a-e for every enterprise, and the
    regulation and petition handling where Law 10/2022 Art 64 binds."""
    return [m for m in PublishedMatter if m is not PublishedMatter.OTHER
            and (data.soe_rules or m not in SOE_ONLY_MATTERS)]


def strengths(data: AnnualReportData) -> list[str]:
    out = []
    for line in data.conferences:
        if line.held:
            parts = [f"Đã tổ chức {FORM_VI[line.form]} ngày {dmy(line.held_on)}"]
            if line.quorum_met:
                parts.append("đủ điều kiện tiến hành")
            if line.resolution_number:
                parts.append(f"ban hành Nghị quyết số {line.resolution_number}")
            out.append(", ".join(parts))
    if data.dialogues.periodic_ok:
        out.append(f"Đã tổ chức đối thoại định kỳ ({data.dialogues.periodic:02d} cuộc), đáp ứng "
                   f"yêu cầu ít nhất 01 lần/năm (điểm a khoản 2 Điều 63 {LABOUR_CODE})")
    out += [f"Thỏa ước lao động tập thể{f' số {a.number}' if a.number else ''} đang có hiệu lực"
            + (f" đến ngày {dmy(a.expires_on)}" if a.expires_on else "")
            for a in data.agreements if a.in_force]
    for noun, counts in (("kiến nghị, phản ánh của người lao động", data.petitions),
                         ("kiến nghị qua kiểm tra, giám sát", data.items)):
        if counts.received:
            out.append(f"Đã trả lời {counts.answered:02d}/{counts.received:02d} {noun} "
                       f"({percent(counts.answered, counts.received)}), trong đó đúng hạn "
                       f"{counts.answered_on_time:02d}; giải quyết xong {counts.resolved:02d}")
    required = required_matters(data)
    done = [line.matter for line in data.publications if line.count and line.matter in required]
    if done:
        out.append(f"Đã công khai {len(done):02d}/{len(required):02d} nhóm nội dung người sử "
                   f"dụng lao động phải công khai (Điều 43 {DECREE_145_SHORT})")
    return out


def shortcomings(data: AnnualReportData) -> list[str]:
    out = []
    held = [line for line in data.conferences if line.held]
    if not held:
        out.append(f"Chưa tổ chức Hội nghị người lao động năm {data.year} (Điều 47 "
                   f"{DECREE_145_SHORT})")
    for line in held:
        if line.quorum_met is False:
            out.append(f"Hội nghị ngày {dmy(line.held_on)} không đủ điều kiện tiến hành")
        if not line.resolution_number:
            out.append(f"Hội nghị ngày {dmy(line.held_on)} chưa ban hành nghị quyết")
        elif line.published_from is None:
            out.append(f"Nghị quyết số {line.resolution_number} chưa được công khai đến người "
                       "lao động")
    d = data.dialogues
    if not d.periodic_ok:
        out.append(f"Chưa tổ chức đối thoại định kỳ năm {data.year} (điểm a khoản 2 Điều 63 "
                   f"{LABOUR_CODE})")
    if d.held > d.notices_published:
        out.append(f"{d.held - d.notices_published:02d} cuộc đối thoại chưa công khai nội dung "
                   f"chính (Điều 39 {DECREE_145_SHORT})")
    out += [f"Thỏa ước ký ngày {dmy(a.signed_on)} chưa gửi cơ quan chuyên môn về lao động cấp "
            f"tỉnh (Điều 77 {LABOUR_CODE})" for a in data.agreements if a.filed_on is None]
    if not any(a.in_force for a in data.agreements):
        out.append("Doanh nghiệp chưa có thỏa ước lao động tập thể đang có hiệu lực")
    if data.petitions.overdue:
        out.append(f"Còn {data.petitions.overdue:02d} kiến nghị, phản ánh của người lao động "
                   "quá hạn trả lời")
    if data.items.overdue:
        out.append(f"Còn {data.items.overdue:02d} kiến nghị qua kiểm tra, giám sát quá hạn trả "
                   "lời")
    published = {line.matter for line in data.publications if line.count}
    missing = [MATTER_VI[m].lower() for m in required_matters(data) if m not in published]
    if missing:
        out.append(f"Chưa ghi nhận việc công khai: {'; '.join(missing)}")
    return out
