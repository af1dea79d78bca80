"""The review of the resolution's implementation (báo cáo kiểm tra, đánh giá; rule C7)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pdf_probe import find, fragments, full_text, page_texts
from report_samples import review_data, review_frame

from dcs_enterprise.domain import conference_documents as cd
from dcs_enterprise.domain.commitments import Status
from dcs_enterprise.reports.conference_common import STATUS_VI
from dcs_enterprise.reports.conference_review import render_review, totals


@pytest.fixture(scope="module")
def data() -> cd.ReviewData:
    return review_data()


@pytest.fixture(scope="module")
def pdf(data: cd.ReviewData) -> bytes:
    return render_review(data, review_frame(data))


def test_frame_and_introduction(pdf: bytes) -> None:
    first = page_texts(pdf)[0]
    assert "Số: 09/BC-CT-CĐCS" in first
    assert ("BÁO CÁO Kiểm tra, đánh giá kết quả thực hiện Nghị quyết Hội nghị đại biểu người lao "
            "động năm 2027 (6 tháng kể từ ngày Hội nghị)") in first
    assert ("Thực hiện Nghị quyết số 01/NQ-HNNLĐ của Hội nghị đại biểu người lao động năm 2027 "
            "và khoản 3 Điều 70 Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15") in first
    assert "(tính đến ngày 20/09/2027)" in first
    assert "Điều Nội dung Phụ trách Thời hạn Tình trạng Tiến độ Ghi chú" in first


def test_one_row_per_commitment(data: cd.ReviewData, pdf: bytes) -> None:
    frags = fragments(pdf)
    for line in data.commitments:
        due = [f for f in frags if f.text == f"{line.due:%d/%m/%Y}"]
        assert len(due) >= 1
        row = [f.text for f in frags if f.page == due[0].page and abs(f.y - due[0].y) < 10]
        assert str(line.article_number) in row
        assert f"{line.progress}%" in row
        assert STATUS_VI[line.status] in " ".join(row)  # wrapped in its cell, lines in order
    overdue = find(frags, "Quá hạn")
    late = find(frags, "30/06/2027")
    assert overdue.page == late.page and abs(overdue.y - late.y) < 10
    assert sum(f.text == "Quá hạn" for f in frags) == 1


def test_totals_from_the_commitments(data: cd.ReviewData, pdf: bytes) -> None:
    counts = {s: sum(c.status is s for c in data.commitments) for s in Status}
    overdue = sum(c.overdue for c in data.commitments)
    assert totals(data) == (counts, overdue)
    assert (counts[Status.DONE], counts[Status.IN_PROGRESS], overdue) == (1, 2, 1)
    text = full_text(pdf)
    assert (f"Tổng số nội dung theo dõi: {len(data.commitments)}; chưa thực hiện: "
            f"{counts[Status.NOT_STARTED]}; đang thực hiện: {counts[Status.IN_PROGRESS]}; đã "
            f"hoàn thành: {counts[Status.DONE]}; không tiếp tục: {counts[Status.DROPPED]}. Số "
            f"nội dung quá hạn: {overdue}.") in text
    assert ("Các nội dung quá hạn: Điều 4 (Trang bị quạt hút khu vực kiểm hàng, Người sử dụng "
            "lao động, thời hạn 30/06/2027).") in text


def test_workers_are_notified(pdf: bytes) -> None:
    text = full_text(pdf)
    assert ("Kết quả kiểm tra, đánh giá thực hiện nghị quyết được thông báo đến toàn thể người "
            "lao động (khoản 3 Điều 70 Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15)./.") in text
    last = page_texts(pdf)[-1]
    assert "TM. BAN CHẤP HÀNH" in last and "GIÁM ĐỐC" in last and "./." in last


def test_nothing_to_review(data: cd.ReviewData) -> None:
    empty = replace(data, commitments=())
    text = full_text(render_review(empty, review_frame(empty)))
    assert "Nghị quyết không có nội dung cam kết cần theo dõi." in text
    assert "Tổng số nội dung theo dõi: 0;" in text and "không tiếp tục" not in text
    assert "Các nội dung quá hạn" not in text
