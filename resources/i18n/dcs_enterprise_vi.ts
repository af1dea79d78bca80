<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Tài khoản mới</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Sửa tài khoản</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Đặt mật khẩu</translation>
    </message>
    <message>
        <source>The account may sign in</source>
        <translation>Tài khoản được phép đăng nhập</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>At least {n} characters.</source>
        <translation>Tối thiểu {n} ký tự.</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Passwords differ</source>
        <translation>Mật khẩu không khớp</translation>
    </message>
    <message>
        <source>The two passwords do not match. Type the same password in both fields.</source>
        <translation>Hai mật khẩu không khớp nhau. Hãy nhập cùng một mật khẩu vào cả hai ô.</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Each officer signs in with an account of their own, and the audit trail records every change under that name. The employee view on the shared computer needs no account.</source>
        <translation>Mỗi cán bộ đăng nhập bằng tài khoản riêng của mình, và nhật ký thao tác ghi lại mọi thay đổi dưới tên tài khoản đó. Chế độ xem của người lao động trên máy tính dùng chung không cần tài khoản.</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>Tài khoản mới…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Đặt mật khẩu…</translation>
    </message>
    <message>
        <source>Only the administrator manages accounts.</source>
        <translation>Chỉ quản trị viên được quản lý tài khoản.</translation>
    </message>
    <message>
        <source>Account {name} created.</source>
        <translation>Đã tạo tài khoản {name}.</translation>
    </message>
    <message>
        <source>Account {name} saved.</source>
        <translation>Đã lưu tài khoản {name}.</translation>
    </message>
    <message>
        <source>New password set for {name}.</source>
        <translation>Đã đặt mật khẩu mới cho {name}.</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>Hãy chọn một tài khoản trước.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action agreed</source>
        <translation>Việc đã thống nhất thực hiện</translation>
    </message>
    <message>
        <source>e.g. Human resources department</source>
        <translation>Ví dụ: Phòng Hành chính - Nhân sự</translation>
    </message>
    <message>
        <source>(no particular item)</source>
        <translation>(không gắn với nội dung cụ thể)</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Carried out by</source>
        <translation>Người/bộ phận thực hiện</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Nội dung đối thoại</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>Conference agenda</source>
        <translation>Chương trình hội nghị</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Thêm nội dung</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Lên trên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Xuống dưới</translation>
    </message>
    <message>
        <source>Save agenda</source>
        <translation>Lưu chương trình</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Double-click a cell to change it. Times are written HH:MM and may be left empty.</source>
        <translation>Nhấp đúp vào một ô để sửa. Thời gian ghi theo dạng GG:PP và có thể để trống.</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>Added</source>
        <translation>Đã thêm</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Đã sửa</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>Approved by the workers&apos; vote</source>
        <translation>Người lao động đã biểu quyết tán thành</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Đã ký kết</translation>
    </message>
    <message>
        <source>Signed and filed</source>
        <translation>Đã ký kết và gửi cơ quan quản lý nhà nước về lao động</translation>
    </message>
    <message>
        <source>The agreement is signed and final; change it by an amendment (Labour Code Art 82).</source>
        <translation>Thỏa ước đã được ký kết và là bản chính thức; muốn thay đổi, hãy sửa đổi, bổ sung thỏa ước (Điều 82 Bộ luật Lao động).</translation>
    </message>
    <message>
        <source>The workers have approved this text; it can no longer be changed. Sign it, or bargain again.</source>
        <translation>Người lao động đã biểu quyết tán thành văn bản này nên không thể sửa đổi nữa. Hãy ký kết, hoặc thương lượng lại.</translation>
    </message>
    <message>
        <source>The agreement may be signed only after more than half of all workers voted for it (Labour Code Art 76.1).</source>
        <translation>Thỏa ước chỉ được ký kết khi có trên 50% tổng số người lao động của doanh nghiệp biểu quyết tán thành (khoản 1 Điều 76 Bộ luật Lao động).</translation>
    </message>
</context>
<context>
    <name>AgreementAnnouncement</name>
    <message>
        <source>Announcement to the workers</source>
        <translation>Công bố đến người lao động</translation>
    </message>
    <message>
        <source>e.g. Notice board of canteen 1</source>
        <translation>Ví dụ: Bảng tin nhà ăn số 1</translation>
    </message>
    <message>
        <source>Record the announcement</source>
        <translation>Ghi nhận việc công bố</translation>
    </message>
    <message>
        <source>The employer announces the signed agreement to all workers (Labour Code 2019 Art 76.6).</source>
        <translation>Người sử dụng lao động công bố thỏa ước lao động tập thể đã ký kết đến toàn thể người lao động (khoản 6 Điều 76 Bộ luật Lao động 2019).</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>Ngày công bố</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Announced on {day}: {form}, {place}.</source>
        <translation>Đã công bố ngày {day}: {form}, {place}.</translation>
    </message>
</context>
<context>
    <name>AgreementClauseDialog</name>
    <message>
        <source>Clause of the draft</source>
        <translation>Điều khoản của dự thảo</translation>
    </message>
    <message>
        <source>New clause</source>
        <translation>Điều khoản mới</translation>
    </message>
    <message>
        <source>Clauses are numbered within their chapter. A clause follows the agreement&apos;s term unless it has its own, of 12 to 36 months (Labour Code 2019 Art 78.3).</source>
        <translation>Điều khoản được đánh số trong từng chương. Điều khoản theo thời hạn của thỏa ước, trừ khi có thời hạn riêng từ 12 đến 36 tháng (khoản 3 Điều 78 Bộ luật Lao động 2019).</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Own term of</source>
        <translation>Thời hạn riêng</translation>
    </message>
    <message>
        <source> months</source>
        <translation> tháng</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chương</translation>
    </message>
    <message>
        <source>Clause number</source>
        <translation>Số điều</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Topic (Art 67)</source>
        <translation>Nội dung (Điều 67)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung điều khoản</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Thời hạn</translation>
    </message>
</context>
<context>
    <name>AgreementFiling</name>
    <message>
        <source>Filing with the labour authority</source>
        <translation>Gửi cơ quan quản lý nhà nước về lao động</translation>
    </message>
    <message>
        <source>e.g. in person, by post</source>
        <translation>Ví dụ: nộp trực tiếp, qua bưu điện</translation>
    </message>
    <message>
        <source>e.g. receipt no. 15/SNV</source>
        <translation>Ví dụ: giấy biên nhận số 15/SNV</translation>
    </message>
    <message>
        <source>Record the filing</source>
        <translation>Ghi nhận việc gửi thỏa ước</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Hình thức gửi</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Bằng chứng</translation>
    </message>
    <message>
        <source>One copy goes to the provincial labour authority within 10 days of signing (rule A2, Labour Code 2019 Art 77).</source>
        <translation>Gửi một bản đến cơ quan chuyên môn về lao động thuộc Ủy ban nhân dân cấp tỉnh trong thời hạn 10 ngày kể từ ngày ký kết (quy tắc A2, Điều 77 Bộ luật Lao động 2019).</translation>
    </message>
    <message>
        <source>Due by {due}: {state}. {why}</source>
        <translation>Hạn gửi {due}: {state}. {why}</translation>
    </message>
    <message>
        <source>Cover letter {number}; proof: {proof}.</source>
        <translation>Công văn số {number}; bằng chứng: {proof}.</translation>
    </message>
</context>
<context>
    <name>AgreementFollowUp</name>
    <message>
        <source>Clause</source>
        <translation>Điều</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Carried out by</source>
        <translation>Đơn vị thực hiện</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Cập nhật gần nhất</translation>
    </message>
    <message>
        <source>{status}, overdue</source>
        <translation>{status}, quá hạn</translation>
    </message>
    <message>
        <source>Report progress…</source>
        <translation>Báo cáo tiến độ…</translation>
    </message>
    <message>
        <source>Clauses of the signed agreement</source>
        <translation>Các điều khoản của thỏa ước đã ký kết</translation>
    </message>
    <message>
        <source>The clauses are followed once the agreement is signed.</source>
        <translation>Việc thực hiện các điều khoản được theo dõi sau khi thỏa ước được ký kết.</translation>
    </message>
    <message>
        <source>{done} done · {going} in progress · {waiting} not started</source>
        <translation>{done} đã hoàn thành · {going} đang thực hiện · {waiting} chưa thực hiện</translation>
    </message>
    <message>
        <source>{counts}; {overdue} of them overdue</source>
        <translation>{counts}; trong đó {overdue} quá hạn</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Báo cáo tiến độ</translation>
    </message>
    <message>
        <source>Select a clause first.</source>
        <translation>Hãy chọn một điều khoản trước.</translation>
    </message>
</context>
<context>
    <name>AgreementProgressDialog</name>
    <message>
        <source>Follow up a clause</source>
        <translation>Theo dõi thực hiện điều khoản</translation>
    </message>
    <message>
        <source>Chapter {chapter}, clause {number}: {title}</source>
        <translation>Chương {chapter}, Điều {number}: {title}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>e.g. Human resources department</source>
        <translation>Ví dụ: Phòng Hành chính - Nhân sự</translation>
    </message>
    <message>
        <source>by</source>
        <translation>đến ngày</translation>
    </message>
    <message>
        <source>What was done; for a dropped clause, why</source>
        <translation>Những việc đã làm; nếu không tiếp tục thực hiện, nêu lý do</translation>
    </message>
    <message>
        <source>Carried out by</source>
        <translation>Đơn vị thực hiện</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>Ngày báo cáo</translation>
    </message>
</context>
<context>
    <name>AgreementSigning</name>
    <message>
        <source>Signing</source>
        <translation>Ký kết</translation>
    </message>
    <message>
        <source>e.g. Director</source>
        <translation>Ví dụ: Giám đốc</translation>
    </message>
    <message>
        <source>e.g. Chair of the grassroots union</source>
        <translation>Ví dụ: Chủ tịch Công đoàn cơ sở</translation>
    </message>
    <message>
        <source>written in the agreement:</source>
        <translation>ghi trong thỏa ước:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> tháng</translation>
    </message>
    <message>
        <source>Sign the agreement</source>
        <translation>Ký kết thỏa ước</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ngày ký kết</translation>
    </message>
    <message>
        <source>For the employer</source>
        <translation>Đại diện người sử dụng lao động</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>For the union</source>
        <translation>Đại diện công đoàn cơ sở</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Hiệu lực</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>From signing unless a date is written; 12 to 36 months (rules A3, A4, Labour Code 2019 Art 78).</source>
        <translation>Từ ngày ký kết nếu thỏa ước không ghi ngày hiệu lực; thời hạn từ 12 đến 36 tháng (quy tắc A3, A4, Điều 78 Bộ luật Lao động 2019).</translation>
    </message>
    <message>
        <source>Agreement {number} signed on {day} by {employer} and {union}.</source>
        <translation>Thỏa ước số {number} ký kết ngày {day} giữa {employer} và {union}.</translation>
    </message>
    <message>
        <source>The agreement is signed only after more than half of all workers voted for it (rule A1, Labour Code 2019 Art 76.1).</source>
        <translation>Thỏa ước chỉ được ký kết khi có trên 50% tổng số người lao động của doanh nghiệp biểu quyết tán thành (quy tắc A1, khoản 1 Điều 76 Bộ luật Lao động 2019).</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>To begin: in People and departments, build the department tree and import the roster from HR&apos;s Excel file; in Settings, check the democracy regulation and the holidays; the administrator creates the union chair&apos;s account in Accounts.</source>
        <translation>Để bắt đầu: tại mục Người lao động và phòng ban, lập cây phòng ban và nhập danh sách người lao động từ tệp Excel của bộ phận nhân sự; tại mục Cài đặt, kiểm tra quy chế dân chủ và các ngày nghỉ lễ; quản trị viên tạo tài khoản cho chủ tịch công đoàn tại mục Tài khoản.</translation>
    </message>
    <message>
        <source>Workers&apos; conference</source>
        <translation>Hội nghị người lao động</translation>
    </message>
    <message>
        <source>Workplace dialogue</source>
        <translation>Đối thoại tại nơi làm việc</translation>
    </message>
    <message>
        <source>Bargaining and agreement</source>
        <translation>Thương lượng và thỏa ước</translation>
    </message>
    <message>
        <source>Supervision and petitions</source>
        <translation>Giám sát và kiến nghị</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Công khai</translation>
    </message>
    <message>
        <source>People and departments</source>
        <translation>Người lao động và phòng ban</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Nhật ký thao tác</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <source>Article of the resolution</source>
        <translation>Điều khoản của nghị quyết</translation>
    </message>
    <message>
        <source>Someone must carry this out by a date (a commitment)</source>
        <translation>Có đơn vị phải thực hiện trước một thời hạn (cam kết)</translation>
    </message>
    <message>
        <source>e.g. Human resources office</source>
        <translation>ví dụ: Phòng Hành chính - Nhân sự</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Carried out by</source>
        <translation>Đơn vị thực hiện</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>When the resolution is issued, a commitment is tracked with its progress, reviewed every six months and reported at next year&apos;s conference.</source>
        <translation>Khi nghị quyết được ban hành, cam kết được theo dõi tiến độ, kiểm điểm 6 tháng một lần và báo cáo tại hội nghị năm sau.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Give the article a title.</source>
        <translation>Hãy nhập tiêu đề của điều khoản.</translation>
    </message>
    <message>
        <source>Say who carries out the commitment.</source>
        <translation>Hãy ghi đơn vị thực hiện cam kết.</translation>
    </message>
</context>
<context>
    <name>ArticlesTab</name>
    <message>
        <source>Article</source>
        <translation>Điều</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Carried out by</source>
        <translation>Đơn vị thực hiện</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Cam kết</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Article {n}</source>
        <translation>Điều {n}</translation>
    </message>
    <message>
        <source>Add article…</source>
        <translation>Thêm điều…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Lên trên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Xuống dưới</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Lưu dự thảo</translation>
    </message>
    <message>
        <source>An article that names who carries it out and by when is a commitment: once the resolution is issued it is tracked with its progress, reviewed every six months (rule C7) and reported at next year&apos;s conference.</source>
        <translation>Điều khoản có ghi đơn vị thực hiện và thời hạn là một cam kết: khi nghị quyết được ban hành, cam kết được theo dõi tiến độ, kiểm điểm 6 tháng một lần (quy tắc C7) và báo cáo tại hội nghị năm sau.</translation>
    </message>
    <message>
        <source>The resolution is issued: its articles can no longer change. A correction is issued as a new version.</source>
        <translation>Nghị quyết đã ban hành: không thể sửa các điều khoản. Việc đính chính được ban hành thành một phiên bản mới.</translation>
    </message>
    <message>
        <source>A correction of the issued resolution is open: edit its articles, then issue it.</source>
        <translation>Đang đính chính nghị quyết đã ban hành: sửa các điều khoản rồi ban hành bản đính chính.</translation>
    </message>
    <message>
        <source>Draft resolution of the conference of {year}: {count} articles.</source>
        <translation>Dự thảo nghị quyết hội nghị năm {year}: {count} điều.</translation>
    </message>
    <message>
        <source>Article {n}. {title}</source>
        <translation>Điều {n}. {title}</translation>
    </message>
    <message>
        <source>Commitment: carried out by {owner}, due by {day}.</source>
        <translation>Cam kết: {owner} thực hiện, thời hạn {day}.</translation>
    </message>
    <message>
        <source>Save draft *</source>
        <translation>Lưu dự thảo *</translation>
    </message>
    <message>
        <source>Remove article</source>
        <translation>Xóa điều khoản</translation>
    </message>
    <message>
        <source>Remove article {n} &quot;{title}&quot; from the draft?</source>
        <translation>Xóa Điều {n} &quot;{title}&quot; khỏi dự thảo?</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>The employer&apos;s legal representative is present</source>
        <translation>Người đại diện theo pháp luật có mặt</translation>
    </message>
    <message>
        <source>Instead of the legal representative: name</source>
        <translation>Người được ủy quyền thay người đại diện theo pháp luật: họ tên</translation>
    </message>
    <message>
        <source>e.g. Letter of authorisation No. 12/GUQ of 01/03/2027</source>
        <translation>Ví dụ: Giấy ủy quyền số 12/GUQ ngày 01/03/2027</translation>
    </message>
    <message>
        <source>Workers invited to take part, if any</source>
        <translation>Người lao động được mời tham gia (nếu có)</translation>
    </message>
    <message>
        <source>A female worker representative is present</source>
        <translation>Có thành viên đại diện là lao động nữ tham dự</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Ngày đối thoại</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Authorised person</source>
        <translation>Người được ủy quyền</translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation>Văn bản ủy quyền</translation>
    </message>
    <message>
        <source>Invited workers</source>
        <translation>Người lao động được mời</translation>
    </message>
    <message>
        <source>Record attendance and open</source>
        <translation>Ghi nhận thành phần và bắt đầu đối thoại</translation>
    </message>
    <message>
        <source>Correct the attendance</source>
        <translation>Sửa thành phần tham dự</translation>
    </message>
    <message>
        <source>The list has no worker representatives on this day.</source>
        <translation>Vào ngày này danh sách không có thành viên đại diện đối thoại bên người lao động.</translation>
    </message>
    <message>
        <source>Quorum reached</source>
        <translation>Đủ điều kiện tiến hành</translation>
    </message>
    <message>
        <source>Quorum not reached</source>
        <translation>Chưa đủ điều kiện tiến hành</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>events are missing before this one</source>
        <translation>thiếu các thao tác trước thao tác này</translation>
    </message>
    <message>
        <source>its link to the previous event does not match</source>
        <translation>liên kết với thao tác liền trước không khớp</translation>
    </message>
    <message>
        <source>its content was changed after it was written</source>
        <translation>nội dung đã bị sửa sau khi được ghi</translation>
    </message>
    <message>
        <source>the row was changed outside the program</source>
        <translation>dòng dữ liệu đã bị sửa bên ngoài chương trình</translation>
    </message>
    <message>
        <source>the row has no seal (added outside the program)</source>
        <translation>dòng dữ liệu không có dấu niêm phong (đã được thêm bên ngoài chương trình)</translation>
    </message>
    <message>
        <source>the row is missing (deleted outside the program)</source>
        <translation>dòng dữ liệu bị mất (đã bị xóa bên ngoài chương trình)</translation>
    </message>
    <message>
        <source>the seal trigger is missing or altered</source>
        <translation>trình kích hoạt (trigger) niêm phong bị thiếu hoặc đã bị sửa</translation>
    </message>
    <message>
        <source>the trigger &quot;{name}&quot; was not made by the program: it can change records unseen</source>
        <translation>trình kích hoạt (trigger) &quot;{name}&quot; không do chương trình tạo ra: nó có thể thay đổi dữ liệu mà không ai hay biết</translation>
    </message>
    <message>
        <source>the view &quot;{name}&quot; was not made by the program</source>
        <translation>khung nhìn (view) &quot;{name}&quot; không do chương trình tạo ra</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Before</source>
        <translation>Trước khi thay đổi</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau khi thay đổi</translation>
    </message>
    <message>
        <source>Select an event to see what it changed.</source>
        <translation>Chọn một thao tác để xem những gì đã thay đổi.</translation>
    </message>
    <message>
        <source>Event {seq}: {action}, {entity} {id}, by {user} on {time}</source>
        <translation>Thao tác {seq}: {action}, {entity} {id}, do {user} thực hiện lúc {time}</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>Đã thay đổi: {fields}</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>{n} events checked, the chain is intact.</source>
        <translation>Đã kiểm tra {n} thao tác: chuỗi nhật ký còn nguyên vẹn.</translation>
    </message>
    <message>
        <source>{n} events checked. The chain is broken; the trail was changed outside the program:</source>
        <translation>Đã kiểm tra {n} thao tác. Chuỗi nhật ký bị đứt, tức là nhật ký đã bị sửa bên ngoài chương trình:</translation>
    </message>
    <message>
        <source>Event {seq}: {reason}</source>
        <translation>Thao tác {seq}: {reason}</translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… và {n} trường hợp khác.</translation>
    </message>
    <message>
        <source>Set up the enterprise</source>
        <translation>Thiết lập doanh nghiệp</translation>
    </message>
    <message>
        <source>Created an account</source>
        <translation>Tạo tài khoản</translation>
    </message>
    <message>
        <source>Changed an account</source>
        <translation>Sửa tài khoản</translation>
    </message>
    <message>
        <source>Set a password</source>
        <translation>Đặt mật khẩu</translation>
    </message>
    <message>
        <source>Loaded the public holidays</source>
        <translation>Nạp danh sách ngày nghỉ lễ</translation>
    </message>
    <message>
        <source>Changed the enterprise profile</source>
        <translation>Sửa thông tin doanh nghiệp</translation>
    </message>
    <message>
        <source>Changed the democracy regulation settings</source>
        <translation>Sửa cài đặt quy chế dân chủ</translation>
    </message>
    <message>
        <source>Added a holiday</source>
        <translation>Thêm ngày nghỉ lễ</translation>
    </message>
    <message>
        <source>Removed a holiday</source>
        <translation>Xóa ngày nghỉ lễ</translation>
    </message>
    <message>
        <source>Created a department</source>
        <translation>Tạo phòng ban</translation>
    </message>
    <message>
        <source>Changed a department</source>
        <translation>Sửa phòng ban</translation>
    </message>
    <message>
        <source>Deleted a department</source>
        <translation>Xóa phòng ban</translation>
    </message>
    <message>
        <source>Added an employee</source>
        <translation>Thêm người lao động</translation>
    </message>
    <message>
        <source>Changed an employee</source>
        <translation>Sửa thông tin người lao động</translation>
    </message>
    <message>
        <source>Imported the roster</source>
        <translation>Nhập danh sách lao động</translation>
    </message>
    <message>
        <source>Exported the roster</source>
        <translation>Xuất danh sách lao động</translation>
    </message>
    <message>
        <source>Backed up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Restored the database</source>
        <translation>Khôi phục cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Created the demo data</source>
        <translation>Tạo dữ liệu minh họa</translation>
    </message>
    <message>
        <source>Issued a document number</source>
        <translation>Cấp số văn bản</translation>
    </message>
    <message>
        <source>Opened a workers&apos; conference</source>
        <translation>Mở hội nghị người lao động</translation>
    </message>
    <message>
        <source>Changed the conference plan</source>
        <translation>Sửa kế hoạch hội nghị</translation>
    </message>
    <message>
        <source>Approved the conference plan</source>
        <translation>Phê duyệt kế hoạch hội nghị</translation>
    </message>
    <message>
        <source>Updated a checklist item</source>
        <translation>Cập nhật việc chuẩn bị</translation>
    </message>
    <message>
        <source>Changed the conference agenda</source>
        <translation>Sửa chương trình hội nghị</translation>
    </message>
    <message>
        <source>Allocated delegate seats</source>
        <translation>Phân bổ số đại biểu</translation>
    </message>
    <message>
        <source>Added an ex officio delegate</source>
        <translation>Thêm đại biểu đương nhiên</translation>
    </message>
    <message>
        <source>Removed an ex officio delegate</source>
        <translation>Bỏ đại biểu đương nhiên</translation>
    </message>
    <message>
        <source>Moved the conference to its next stage</source>
        <translation>Chuyển hội nghị sang bước tiếp theo</translation>
    </message>
    <message>
        <source>Recorded a department meeting</source>
        <translation>Ghi nhận hội nghị bộ phận</translation>
    </message>
    <message>
        <source>Recorded a further election round</source>
        <translation>Ghi nhận vòng bầu bổ sung đại biểu</translation>
    </message>
    <message>
        <source>Recorded a petition</source>
        <translation>Ghi nhận kiến nghị</translation>
    </message>
    <message>
        <source>Answered a petition</source>
        <translation>Trả lời kiến nghị</translation>
    </message>
    <message>
        <source>Filed a petition at the employee view</source>
        <translation>Gửi kiến nghị tại màn hình người lao động</translation>
    </message>
    <message>
        <source>Sent a petition to the employer</source>
        <translation>Chuyển kiến nghị đến người sử dụng lao động</translation>
    </message>
    <message>
        <source>Closed or escalated a petition</source>
        <translation>Kết thúc hoặc chuyển cấp trên kiến nghị</translation>
    </message>
    <message>
        <source>Published the answer to a petition</source>
        <translation>Công khai trả lời kiến nghị</translation>
    </message>
    <message>
        <source>Created a supervision plan</source>
        <translation>Lập kế hoạch kiểm tra, giám sát</translation>
    </message>
    <message>
        <source>Changed a supervision plan</source>
        <translation>Sửa kế hoạch kiểm tra, giám sát</translation>
    </message>
    <message>
        <source>Notified the management of a supervision plan</source>
        <translation>Thông báo kế hoạch kiểm tra, giám sát cho người sử dụng lao động</translation>
    </message>
    <message>
        <source>Recorded the supervision findings</source>
        <translation>Ghi kết quả kiểm tra, giám sát</translation>
    </message>
    <message>
        <source>Raised a supervision item</source>
        <translation>Tạo nội dung kiến nghị giám sát</translation>
    </message>
    <message>
        <source>Moved a supervision item on</source>
        <translation>Chuyển bước nội dung kiến nghị giám sát</translation>
    </message>
    <message>
        <source>Added a note or evidence to an item</source>
        <translation>Bổ sung ghi chú hoặc minh chứng</translation>
    </message>
    <message>
        <source>Published an item&apos;s outcome</source>
        <translation>Công khai kết quả xử lý kiến nghị giám sát</translation>
    </message>
    <message>
        <source>Recorded a publication</source>
        <translation>Ghi nhận việc công khai</translation>
    </message>
    <message>
        <source>Changed a publication</source>
        <translation>Sửa thông tin công khai</translation>
    </message>
    <message>
        <source>Attached publication evidence</source>
        <translation>Đính kèm minh chứng công khai</translation>
    </message>
    <message>
        <source>Sent the invitations</source>
        <translation>Gửi giấy mời</translation>
    </message>
    <message>
        <source>Opened the conference session</source>
        <translation>Khai mạc hội nghị</translation>
    </message>
    <message>
        <source>Checked a delegate in</source>
        <translation>Điểm danh đại biểu</translation>
    </message>
    <message>
        <source>Undid a check-in</source>
        <translation>Hủy điểm danh</translation>
    </message>
    <message>
        <source>Recorded an absence</source>
        <translation>Ghi nhận vắng mặt</translation>
    </message>
    <message>
        <source>Recorded the conference officers</source>
        <translation>Ghi nhận đoàn chủ tịch, thư ký, ban kiểm phiếu</translation>
    </message>
    <message>
        <source>Wrote the conference minutes</source>
        <translation>Ghi biên bản hội nghị</translation>
    </message>
    <message>
        <source>Recorded a conference vote</source>
        <translation>Ghi nhận kết quả biểu quyết</translation>
    </message>
    <message>
        <source>Changed the resolution&apos;s articles</source>
        <translation>Sửa các điều của nghị quyết</translation>
    </message>
    <message>
        <source>Finalized the minutes and resolution</source>
        <translation>Hoàn tất biên bản và nghị quyết</translation>
    </message>
    <message>
        <source>Started a resolution correction</source>
        <translation>Bắt đầu đính chính nghị quyết</translation>
    </message>
    <message>
        <source>Issued a resolution correction</source>
        <translation>Ban hành nghị quyết đính chính</translation>
    </message>
    <message>
        <source>Recorded the resolution&apos;s publication</source>
        <translation>Ghi nhận công khai nghị quyết</translation>
    </message>
    <message>
        <source>Reported a commitment&apos;s progress</source>
        <translation>Báo cáo tiến độ thực hiện nghị quyết</translation>
    </message>
    <message>
        <source>Determined the dialogue representatives</source>
        <translation>Xác định thành viên đại diện đối thoại</translation>
    </message>
    <message>
        <source>Added a dialogue representative</source>
        <translation>Thêm thành viên đại diện đối thoại</translation>
    </message>
    <message>
        <source>Ended a dialogue representative&apos;s membership</source>
        <translation>Cho thành viên đại diện đối thoại thôi tham gia</translation>
    </message>
    <message>
        <source>Replaced a dialogue representative</source>
        <translation>Thay thế thành viên đại diện đối thoại</translation>
    </message>
    <message>
        <source>Recorded the publication of the dialogue list</source>
        <translation>Ghi nhận công khai danh sách thành viên đại diện đối thoại</translation>
    </message>
    <message>
        <source>Scheduled a dialogue</source>
        <translation>Lên lịch đối thoại</translation>
    </message>
    <message>
        <source>Recorded a request for dialogue</source>
        <translation>Ghi nhận yêu cầu đối thoại</translation>
    </message>
    <message>
        <source>Replied to a request for dialogue</source>
        <translation>Trả lời yêu cầu đối thoại</translation>
    </message>
    <message>
        <source>Rescheduled a dialogue</source>
        <translation>Đổi lịch đối thoại</translation>
    </message>
    <message>
        <source>Recorded a side&apos;s dialogue agenda</source>
        <translation>Ghi nhận nội dung đề nghị đối thoại của một bên</translation>
    </message>
    <message>
        <source>Recorded the dialogue attendance</source>
        <translation>Ghi nhận thành phần tham dự đối thoại</translation>
    </message>
    <message>
        <source>Wrote a dialogue agenda item</source>
        <translation>Ghi nội dung đối thoại</translation>
    </message>
    <message>
        <source>Removed a dialogue agenda item</source>
        <translation>Xóa nội dung đối thoại</translation>
    </message>
    <message>
        <source>Added an action agreed in dialogue</source>
        <translation>Thêm việc đã thống nhất tại đối thoại</translation>
    </message>
    <message>
        <source>Signed the dialogue minutes</source>
        <translation>Ký biên bản đối thoại</translation>
    </message>
    <message>
        <source>Published the main points of a dialogue</source>
        <translation>Công khai nội dung chính của cuộc đối thoại</translation>
    </message>
    <message>
        <source>Reported a dialogue action&apos;s progress</source>
        <translation>Báo cáo tiến độ việc đã thống nhất tại đối thoại</translation>
    </message>
    <message>
        <source>Recorded a request to bargain</source>
        <translation>Ghi nhận yêu cầu thương lượng tập thể</translation>
    </message>
    <message>
        <source>Recorded the agreed time and place of bargaining</source>
        <translation>Ghi nhận thời gian, địa điểm thương lượng đã thống nhất</translation>
    </message>
    <message>
        <source>Supplied the information for bargaining</source>
        <translation>Cung cấp thông tin phục vụ thương lượng</translation>
    </message>
    <message>
        <source>Agreed a later end of bargaining</source>
        <translation>Thỏa thuận kéo dài thời hạn thương lượng</translation>
    </message>
    <message>
        <source>Recorded a bargaining session</source>
        <translation>Ghi nhận phiên họp thương lượng</translation>
    </message>
    <message>
        <source>Published a session&apos;s minutes</source>
        <translation>Công bố biên bản phiên họp thương lượng</translation>
    </message>
    <message>
        <source>Concluded the bargaining on a draft</source>
        <translation>Kết thúc thương lượng với dự thảo đã thống nhất</translation>
    </message>
    <message>
        <source>Recorded failed bargaining</source>
        <translation>Ghi nhận thương lượng tập thể không thành</translation>
    </message>
    <message>
        <source>Saved a version of the draft agreement</source>
        <translation>Lưu phiên bản dự thảo thỏa ước</translation>
    </message>
    <message>
        <source>Recorded the workers&apos; vote on the agreement</source>
        <translation>Ghi nhận kết quả biểu quyết của người lao động về thỏa ước</translation>
    </message>
    <message>
        <source>Recorded the signing of the agreement</source>
        <translation>Ghi nhận việc ký kết thỏa ước</translation>
    </message>
    <message>
        <source>Filed the agreement with the labour authority</source>
        <translation>Gửi thỏa ước đến cơ quan quản lý nhà nước về lao động</translation>
    </message>
    <message>
        <source>Announced the agreement to the workers</source>
        <translation>Công bố thỏa ước đến người lao động</translation>
    </message>
    <message>
        <source>Reported a clause&apos;s implementation</source>
        <translation>Báo cáo thực hiện điều khoản thỏa ước</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Supervision plan</source>
        <translation>Kế hoạch kiểm tra, giám sát</translation>
    </message>
    <message>
        <source>Supervision item</source>
        <translation>Nội dung kiến nghị giám sát</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Công khai</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Ngày nghỉ lễ</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Phòng ban</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Người lao động</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Workers&apos; conference</source>
        <translation>Hội nghị người lao động</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Việc chuẩn bị</translation>
    </message>
    <message>
        <source>Conference vote</source>
        <translation>Biểu quyết tại hội nghị</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Nội dung chương trình</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Đại biểu</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Nội dung thực hiện nghị quyết</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Cuộc đối thoại</translation>
    </message>
    <message>
        <source>Dialogue representative list</source>
        <translation>Danh sách thành viên đại diện đối thoại</translation>
    </message>
    <message>
        <source>Dialogue representative</source>
        <translation>Thành viên đại diện đối thoại</translation>
    </message>
    <message>
        <source>Action agreed in dialogue</source>
        <translation>Việc đã thống nhất tại đối thoại</translation>
    </message>
    <message>
        <source>Bargaining</source>
        <translation>Thương lượng tập thể</translation>
    </message>
    <message>
        <source>Collective agreement</source>
        <translation>Thỏa ước lao động tập thể</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Mã đối tượng</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Nhật ký thao tác</translation>
    </message>
    <message>
        <source>Every change is recorded with who made it and when. The events are chained and every record is sealed, so a change made outside the program breaks the chain or a seal: Verify finds it.</source>
        <translation>Mọi thay đổi đều được ghi lại kèm người thực hiện và thời điểm thực hiện. Các thao tác được liên kết thành chuỗi và mỗi bản ghi đều được niêm phong, nên thay đổi nào thực hiện bên ngoài chương trình cũng làm đứt chuỗi hoặc sai dấu niêm phong: nút Kiểm tra sẽ phát hiện ra.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Checking the chain and the records…</source>
        <translation>Đang kiểm tra chuỗi nhật ký và các bản ghi…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>All events: {n}</source>
        <translation>Tất cả thao tác: {n}</translation>
    </message>
    <message>
        <source>Events matching the filter: {n}</source>
        <translation>Thao tác khớp bộ lọc: {n}</translation>
    </message>
    <message>
        <source>{n} records checked, each matches its seal.</source>
        <translation>Đã kiểm tra {n} bản ghi: bản ghi nào cũng khớp với dấu niêm phong.</translation>
    </message>
    <message>
        <source>{n} records checked. Problems with their seals: {breaks}; the records were changed outside the program:</source>
        <translation>Đã kiểm tra {n} bản ghi. Số lỗi niêm phong: {breaks}; dữ liệu đã bị sửa bên ngoài chương trình:</translation>
    </message>
    <message>
        <source>{table}: {reason}</source>
        <translation>{table}: {reason}</translation>
    </message>
    <message>
        <source>{table}, row {id}: {reason}</source>
        <translation>{table}, dòng {id}: {reason}</translation>
    </message>
    <message>
        <source>Restore the database from a backup made before the change. The audit trail shows who changed what through the program.</source>
        <translation>Hãy khôi phục cơ sở dữ liệu từ bản sao lưu được tạo trước thời điểm bị sửa. Nhật ký thao tác cho biết ai đã thay đổi nội dung gì thông qua chương trình.</translation>
    </message>
</context>
<context>
    <name>Bargaining</name>
    <message>
        <source>Wages, allowances, raises, bonuses, meals and other benefits</source>
        <translation>Tiền lương, trợ cấp, nâng lương, thưởng, bữa ăn và các chế độ khác</translation>
    </message>
    <message>
        <source>Labour norms, working and rest time, overtime and breaks</source>
        <translation>Mức lao động, thời giờ làm việc, thời giờ nghỉ ngơi, làm thêm giờ, nghỉ giữa ca</translation>
    </message>
    <message>
        <source>Job security</source>
        <translation>Bảo đảm việc làm</translation>
    </message>
    <message>
        <source>Occupational safety and health; internal labour rules</source>
        <translation>Bảo đảm an toàn, vệ sinh lao động; thực hiện nội quy lao động</translation>
    </message>
    <message>
        <source>Facilities for the workers&apos; representative organisation and its relations with the employer</source>
        <translation>Điều kiện, phương tiện hoạt động của tổ chức đại diện người lao động và mối quan hệ giữa tổ chức này với người sử dụng lao động</translation>
    </message>
    <message>
        <source>Preventing and resolving labour disputes</source>
        <translation>Phòng ngừa, giải quyết tranh chấp lao động</translation>
    </message>
    <message>
        <source>Gender equality, maternity, annual leave, preventing violence and sexual harassment</source>
        <translation>Bảo đảm bình đẳng giới, bảo vệ thai sản, nghỉ hằng năm, phòng, chống bạo lực và quấy rối tình dục</translation>
    </message>
    <message>
        <source>Other matters</source>
        <translation>Nội dung khác</translation>
    </message>
    <message>
        <source>The workers&apos; representative organisation</source>
        <translation>Tổ chức đại diện người lao động tại cơ sở</translation>
    </message>
    <message>
        <source>The employer</source>
        <translation>Người sử dụng lao động</translation>
    </message>
    <message>
        <source>A party refused to bargain, or bargaining did not start in time</source>
        <translation>Một bên từ chối thương lượng hoặc không tiến hành thương lượng đúng thời hạn</translation>
    </message>
    <message>
        <source>The time for bargaining ran out without an agreement</source>
        <translation>Hết thời hạn thương lượng mà các bên không đạt được thỏa thuận</translation>
    </message>
    <message>
        <source>The parties declared together that bargaining failed</source>
        <translation>Các bên cùng tuyên bố thương lượng tập thể không thành</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Thỏa ước mới</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Sửa đổi, bổ sung</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Gia hạn</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Đã nhận yêu cầu</translation>
    </message>
    <message>
        <source>Time and place agreed</source>
        <translation>Đã thống nhất thời gian, địa điểm</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>Đang thương lượng</translation>
    </message>
    <message>
        <source>Draft agreed</source>
        <translation>Đã thống nhất dự thảo</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Thương lượng không thành</translation>
    </message>
    <message>
        <source>This bargaining has failed; a new request starts a new round.</source>
        <translation>Cuộc thương lượng này đã không thành; cần có yêu cầu mới để bắt đầu một cuộc thương lượng mới.</translation>
    </message>
    <message>
        <source>Record the agreed time and place of the bargaining first.</source>
        <translation>Hãy ghi nhận thời gian, địa điểm thương lượng đã thống nhất trước.</translation>
    </message>
    <message>
        <source>The parties have not yet agreed on a draft: record the session that concluded the bargaining first.</source>
        <translation>Các bên chưa thống nhất dự thảo: hãy ghi nhận phiên họp kết thúc thương lượng trước.</translation>
    </message>
    <message>
        <source>The bargaining is concluded; its draft now goes to the workers&apos; vote.</source>
        <translation>Thương lượng đã kết thúc; dự thảo đang được lấy ý kiến biểu quyết của người lao động.</translation>
    </message>
</context>
<context>
    <name>BargainingArrangeDialog</name>
    <message>
        <source>Time and place agreed</source>
        <translation>Thống nhất thời gian, địa điểm</translation>
    </message>
    <message>
        <source>The parties agree the time and place within 7 working days of the request, and bargaining starts within 30 days of it (rule B1, Labour Code 2019 Art 70.1). A later date is recorded, and shown late.</source>
        <translation>Các bên thống nhất thời gian, địa điểm trong thời hạn 7 ngày làm việc kể từ ngày nhận được yêu cầu và bắt đầu thương lượng chậm nhất 30 ngày kể từ ngày đó (quy tắc B1, khoản 1 Điều 70 Bộ luật Lao động 2019). Ngày muộn hơn vẫn được ghi nhận và hiển thị là trễ hạn.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Ngày thống nhất</translation>
    </message>
    <message>
        <source>Bargaining starts on</source>
        <translation>Ngày bắt đầu thương lượng</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
</context>
<context>
    <name>BargainingClocks</name>
    <message>
        <source>Time and place agreed</source>
        <translation>Thống nhất thời gian, địa điểm</translation>
    </message>
    <message>
        <source>Latest start</source>
        <translation>Bắt đầu chậm nhất</translation>
    </message>
    <message>
        <source>Information due</source>
        <translation>Hạn cung cấp thông tin</translation>
    </message>
    <message>
        <source>Latest end</source>
        <translation>Kết thúc chậm nhất</translation>
    </message>
    <message>
        <source>Filing with the labour authority</source>
        <translation>Gửi cơ quan quản lý nhà nước về lao động</translation>
    </message>
    <message>
        <source>not asked for by the workers&apos; side</source>
        <translation>bên người lao động không yêu cầu</translation>
    </message>
    <message>
        <source>counted from the first session</source>
        <translation>tính từ phiên họp đầu tiên</translation>
    </message>
    <message>
        <source>bargaining failed on {day}</source>
        <translation>thương lượng không thành ngày {day}</translation>
    </message>
</context>
<context>
    <name>BargainingDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>BargainingDraft</name>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Saved on</source>
        <translation>Ngày lưu</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Phiên họp</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Versions and changes</source>
        <translation>Các phiên bản và thay đổi</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>From version</source>
        <translation>Từ phiên bản</translation>
    </message>
    <message>
        <source>to version</source>
        <translation>đến phiên bản</translation>
    </message>
    <message>
        <source>Choose two versions and compare them.</source>
        <translation>Chọn hai phiên bản để so sánh.</translation>
    </message>
    <message>
        <source>The changes show once a second version is saved.</source>
        <translation>Các thay đổi hiển thị khi có phiên bản thứ hai.</translation>
    </message>
    <message>
        <source>From version {old} to version {new}: {count} clauses changed.</source>
        <translation>Từ phiên bản {old} đến phiên bản {new}: {count} điều khoản thay đổi.</translation>
    </message>
    <message>
        <source>No difference between version {old} and version {new}.</source>
        <translation>Phiên bản {old} và phiên bản {new} không có khác biệt.</translation>
    </message>
    <message>
        <source>Chapter {chapter}, clause {number}</source>
        <translation>Chương {chapter}, Điều {number}</translation>
    </message>
    <message>
        <source>Topic: {old} → {new}</source>
        <translation>Nội dung: {old} → {new}</translation>
    </message>
    <message>
        <source>Own term: {old} → {new}</source>
        <translation>Thời hạn riêng: {old} → {new}</translation>
    </message>
    <message>
        <source>Chapter title: {old} → {new}</source>
        <translation>Tên chương: {old} → {new}</translation>
    </message>
    <message>
        <source>the agreement&apos;s</source>
        <translation>theo thỏa ước</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months} tháng</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chương</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Điều</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Nhóm nội dung</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Own term</source>
        <translation>Thời hạn riêng</translation>
    </message>
    <message>
        <source>Add clause…</source>
        <translation>Thêm điều khoản…</translation>
    </message>
    <message>
        <source>Edit clause…</source>
        <translation>Sửa điều khoản…</translation>
    </message>
    <message>
        <source>Remove clause</source>
        <translation>Xóa điều khoản</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Ghi chú (không bắt buộc)</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Lưu thành phiên bản mới</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Chapters and clauses</source>
        <translation>Các chương và điều khoản</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Session {number} ({day})</source>
        <translation>Phiên {number} ({day})</translation>
    </message>
    <message>
        <source>No version saved yet.</source>
        <translation>Chưa lưu phiên bản nào.</translation>
    </message>
    <message>
        <source>Version {version} of the draft.</source>
        <translation>Dự thảo phiên bản {version}.</translation>
    </message>
    <message>
        <source>Changed here, not saved yet: save it as a new version.</source>
        <translation>Đã sửa nhưng chưa lưu: hãy lưu thành phiên bản mới.</translation>
    </message>
    <message>
        <source>The workers voted for this text: it can no longer be changed.</source>
        <translation>Người lao động đã biểu quyết tán thành văn bản này: không thể sửa đổi nữa.</translation>
    </message>
    <message>
        <source>Nothing changed since version {version}: no new version was saved.</source>
        <translation>Không có thay đổi so với phiên bản {version}: không lưu phiên bản mới.</translation>
    </message>
</context>
<context>
    <name>BargainingFailureDialog</name>
    <message>
        <source>Failed bargaining</source>
        <translation>Thương lượng tập thể không thành</translation>
    </message>
    <message>
        <source>Bargaining has failed when a party refuses it or it does not start in time, when its time runs out without an agreement, or when the parties declare it failed (rule B5, Labour Code 2019 Art 71). The program checks the ground against the dates. The parties may then follow the labour dispute procedure.</source>
        <translation>Thương lượng tập thể không thành khi một bên từ chối thương lượng hoặc không tiến hành thương lượng đúng thời hạn, khi hết thời hạn thương lượng mà các bên không đạt được thỏa thuận, hoặc khi các bên cùng tuyên bố thương lượng không thành (quy tắc B5, Điều 71 Bộ luật Lao động 2019). Chương trình đối chiếu trường hợp với các mốc thời gian. Sau đó các bên có thể tiến hành thủ tục giải quyết tranh chấp lao động.</translation>
    </message>
    <message>
        <source>Record the failure</source>
        <translation>Ghi nhận thương lượng không thành</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Trường hợp</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Ngày ghi nhận</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Ground a: no session by the latest start, or one party refused. Ground b: the day is after the latest end. Ground c: any day.</source>
        <translation>Điểm a: chưa có phiên họp nào đến ngày bắt đầu chậm nhất, hoặc một bên từ chối. Điểm b: ngày ghi nhận sau ngày kết thúc chậm nhất. Điểm c: bất kỳ ngày nào.</translation>
    </message>
</context>
<context>
    <name>BargainingMinutesDialog</name>
    <message>
        <source>Publication of the minutes</source>
        <translation>Công bố biên bản</translation>
    </message>
    <message>
        <source>The union publishes the minutes of session {number} ({minutes}, {day}) to all workers (rule B4, Labour Code 2019 Art 70.5).</source>
        <translation>Công đoàn cơ sở công bố biên bản phiên họp {number} ({minutes}, ngày {day}) đến toàn thể người lao động (quy tắc B4, khoản 5 Điều 70 Bộ luật Lao động 2019).</translation>
    </message>
    <message>
        <source>Record the publication</source>
        <translation>Ghi nhận việc công bố</translation>
    </message>
    <message>
        <source>e.g. Notice board of canteen 1</source>
        <translation>Ví dụ: Bảng tin nhà ăn số 1</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Ngày công bố</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Địa điểm</translation>
    </message>
</context>
<context>
    <name>BargainingPage</name>
    <message>
        <source>Request and sessions</source>
        <translation>Yêu cầu và phiên họp</translation>
    </message>
    <message>
        <source>Draft agreement</source>
        <translation>Dự thảo thỏa ước</translation>
    </message>
    <message>
        <source>Vote and signing</source>
        <translation>Biểu quyết và ký kết</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Theo dõi thực hiện</translation>
    </message>
    <message>
        <source>Bargaining and agreement</source>
        <translation>Thương lượng và thỏa ước lao động tập thể</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>Yêu cầu mới…</translation>
    </message>
    <message>
        <source>Show how the time limits are counted</source>
        <translation>Xem cách tính thời hạn</translation>
    </message>
    <message>
        <source>No collective bargaining is recorded yet. Record a request with &quot;New request…&quot;: the program counts the time limits from the day it was received (Labour Code 2019 Art 70).</source>
        <translation>Chưa có cuộc thương lượng tập thể nào. Ghi nhận yêu cầu thương lượng bằng &quot;Yêu cầu mới…&quot;: chương trình tính các thời hạn từ ngày nhận được yêu cầu (Điều 70 Bộ luật Lao động 2019).</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
</context>
<context>
    <name>BargainingPapers</name>
    <message>
        <source>Request to bargain</source>
        <translation>Yêu cầu thương lượng tập thể</translation>
    </message>
    <message>
        <source>Minutes of session {number}</source>
        <translation>Biên bản phiên họp thương lượng {number}</translation>
    </message>
    <message>
        <source>Record of failed bargaining</source>
        <translation>Biên bản thương lượng tập thể không thành</translation>
    </message>
    <message>
        <source>Ballot tally</source>
        <translation>Biên bản kiểm phiếu</translation>
    </message>
    <message>
        <source>The agreement with its vote annex</source>
        <translation>Thỏa ước kèm phụ lục kết quả biểu quyết</translation>
    </message>
    <message>
        <source>The draft agreement</source>
        <translation>Dự thảo thỏa ước</translation>
    </message>
    <message>
        <source>Cover letter to the labour authority</source>
        <translation>Công văn gửi cơ quan quản lý nhà nước về lao động</translation>
    </message>
    <message>
        <source>Announcement to the workers</source>
        <translation>Công bố đến người lao động</translation>
    </message>
</context>
<context>
    <name>BargainingRequestDialog</name>
    <message>
        <source>Request to bargain</source>
        <translation>Yêu cầu thương lượng tập thể</translation>
    </message>
    <message>
        <source>Either side may ask to bargain; the other may not refuse. The time and place must be agreed within 7 working days and bargaining must start within 30 days of the request (Labour Code 2019 Art 70.1).</source>
        <translation>Mỗi bên đều có quyền yêu cầu thương lượng; bên nhận được yêu cầu không được từ chối. Thời gian, địa điểm phải được thống nhất trong 7 ngày làm việc và thương lượng phải bắt đầu chậm nhất 30 ngày kể từ ngày nhận được yêu cầu (khoản 1 Điều 70 Bộ luật Lao động 2019).</translation>
    </message>
    <message>
        <source>Record the request</source>
        <translation>Ghi nhận yêu cầu</translation>
    </message>
    <message>
        <source>e.g. Grassroots trade union of the company</source>
        <translation>Ví dụ: Công đoàn cơ sở Công ty</translation>
    </message>
    <message>
        <source>The workers&apos; side asked for the employer&apos;s information on</source>
        <translation>Bên người lao động đề nghị người sử dụng lao động cung cấp thông tin ngày</translation>
    </message>
    <message>
        <source>{number} signed on {day}: {title}</source>
        <translation>Số {number} ký ngày {day}: {title}</translation>
    </message>
    <message>
        <source>Left empty: the usual title with the year</source>
        <translation>Để trống: tên thông thường kèm năm</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Bên yêu cầu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ngày nhận yêu cầu</translation>
    </message>
    <message>
        <source>Topics (Art 67)</source>
        <translation>Nội dung (Điều 67)</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung yêu cầu</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Agreement to change</source>
        <translation>Thỏa ước được sửa đổi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên thỏa ước</translation>
    </message>
</context>
<context>
    <name>BargainingRequestView</name>
    <message>
        <source>Requested by</source>
        <translation>Bên yêu cầu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung yêu cầu</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>Time and place</source>
        <translation>Thời gian, địa điểm</translation>
    </message>
    <message>
        <source>Agreed end</source>
        <translation>Thời hạn kết thúc thỏa thuận</translation>
    </message>
    <message>
        <source>{name} ({side}), received on {day}</source>
        <translation>{name} ({side}), nhận ngày {day}</translation>
    </message>
    <message>
        <source>{kind} of agreement {number} (signed on {day}); consolidated version {version}</source>
        <translation>{kind} thỏa ước số {number} (ký ngày {day}); bản hợp nhất lần {version}</translation>
    </message>
    <message>
        <source>not agreed yet</source>
        <translation>chưa thống nhất</translation>
    </message>
    <message>
        <source>agreed on {day}: from {start}, {place}</source>
        <translation>thống nhất ngày {day}: bắt đầu từ {start}, tại {place}</translation>
    </message>
    <message>
        <source>none: at most 90 days from the first session</source>
        <translation>không có: tối đa 90 ngày kể từ phiên họp đầu tiên</translation>
    </message>
    <message>
        <source>not asked for</source>
        <translation>không yêu cầu</translation>
    </message>
    <message>
        <source>asked for on {day}</source>
        <translation>đề nghị ngày {day}</translation>
    </message>
    <message>
        <source>supplied on {day}</source>
        <translation>đã cung cấp ngày {day}</translation>
    </message>
    <message>
        <source>withheld: {what}</source>
        <translation>không cung cấp: {what}</translation>
    </message>
</context>
<context>
    <name>BargainingSessionDialog</name>
    <message>
        <source>Bargaining session {number}</source>
        <translation>Phiên họp thương lượng {number}</translation>
    </message>
    <message>
        <source>The minutes record the points agreed and those still disputed; the representatives of both sides and the note-taker sign them, and the union publishes them to all workers (rule B4, Labour Code 2019 Art 70.5).</source>
        <translation>Biên bản ghi rõ nội dung đã đạt được thỏa thuận và nội dung còn ý kiến khác nhau; có chữ ký của đại diện các bên và người ghi biên bản; công đoàn cơ sở công bố biên bản đến toàn thể người lao động (quy tắc B4, khoản 5 Điều 70 Bộ luật Lao động 2019).</translation>
    </message>
    <message>
        <source>Record the session</source>
        <translation>Ghi nhận phiên họp</translation>
    </message>
    <message>
        <source>Name and position, one per line</source>
        <translation>Họ tên và chức vụ, mỗi người một dòng</translation>
    </message>
    <message>
        <source>Invited by the grassroots union, if any</source>
        <translation>Do công đoàn cơ sở mời, nếu có</translation>
    </message>
    <message>
        <source>on</source>
        <translation>vào ngày</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Ngày họp</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Employer&apos;s representatives</source>
        <translation>Đại diện người sử dụng lao động</translation>
    </message>
    <message>
        <source>Union&apos;s representatives</source>
        <translation>Đại diện công đoàn cơ sở</translation>
    </message>
    <message>
        <source>Upper-level union</source>
        <translation>Công đoàn cấp trên cơ sở</translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation>Người ghi biên bản</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Nội dung thảo luận</translation>
    </message>
    <message>
        <source>Points agreed</source>
        <translation>Nội dung đã thỏa thuận</translation>
    </message>
    <message>
        <source>Points disputed</source>
        <translation>Nội dung còn ý kiến khác nhau</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Phiên họp tiếp theo</translation>
    </message>
</context>
<context>
    <name>BargainingSessions</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>Đại diện</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Đã thỏa thuận</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Chưa thống nhất</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Phiên sau</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Công bố</translation>
    </message>
    <message>
        <source>Employer: {names}</source>
        <translation>NSDLĐ: {names}</translation>
    </message>
    <message>
        <source>Union: {names}</source>
        <translation>Công đoàn: {names}</translation>
    </message>
    <message>
        <source>Upper-level union: {names}</source>
        <translation>Công đoàn cấp trên: {names}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>chưa</translation>
    </message>
    <message>
        <source>Time and place agreed…</source>
        <translation>Thống nhất thời gian, địa điểm…</translation>
    </message>
    <message>
        <source>Information supplied…</source>
        <translation>Đã cung cấp thông tin…</translation>
    </message>
    <message>
        <source>Agree a later end…</source>
        <translation>Thỏa thuận kéo dài thời hạn…</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>Yêu cầu thương lượng</translation>
    </message>
    <message>
        <source>Record a session…</source>
        <translation>Ghi nhận phiên họp…</translation>
    </message>
    <message>
        <source>Record the minutes&apos; publication…</source>
        <translation>Ghi nhận công bố biên bản…</translation>
    </message>
    <message>
        <source>Sessions and minutes</source>
        <translation>Phiên họp và biên bản</translation>
    </message>
    <message>
        <source>Conclude: the parties agree on the draft</source>
        <translation>Kết thúc: các bên thống nhất dự thảo</translation>
    </message>
    <message>
        <source>Record failed bargaining…</source>
        <translation>Ghi nhận thương lượng không thành…</translation>
    </message>
    <message>
        <source>End of the bargaining</source>
        <translation>Kết thúc thương lượng</translation>
    </message>
    <message>
        <source>Bargaining failed on {day} ({number}): {ground}.</source>
        <translation>Thương lượng không thành ngày {day} ({number}): {ground}.</translation>
    </message>
    <message>
        <source>The parties agreed on draft version {version} on {day}; it goes to the vote of all workers (tab &quot;Vote and signing&quot;).</source>
        <translation>Các bên thống nhất dự thảo phiên bản {version} ngày {day}; dự thảo được lấy ý kiến biểu quyết của toàn thể người lao động (thẻ &quot;Biểu quyết và ký kết&quot;).</translation>
    </message>
    <message>
        <source>When the parties agree on the draft, conclude: the draft then goes to the vote of all workers. Save the draft&apos;s clauses first (tab &quot;Draft agreement&quot;).</source>
        <translation>Khi các bên thống nhất dự thảo, hãy kết thúc thương lượng: dự thảo sau đó được lấy ý kiến biểu quyết của toàn thể người lao động. Lưu các điều khoản của dự thảo trước (thẻ &quot;Dự thảo thỏa ước&quot;).</translation>
    </message>
    <message>
        <source>Information supplied</source>
        <translation>Cung cấp thông tin</translation>
    </message>
    <message>
        <source>The employer supplies the information the workers&apos; side asked for within 10 days (rule B3, Labour Code 2019 Art 70.3). Trade and technology secrets may be withheld: name them.</source>
        <translation>Người sử dụng lao động cung cấp thông tin theo đề nghị của bên người lao động trong thời hạn 10 ngày (quy tắc B3, khoản 3 Điều 70 Bộ luật Lao động 2019). Bí mật kinh doanh, bí mật công nghệ có thể không cung cấp: ghi rõ nội dung đó.</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Không cung cấp</translation>
    </message>
    <message>
        <source>Agree a later end</source>
        <translation>Thỏa thuận kéo dài thời hạn</translation>
    </message>
    <message>
        <source>Bargaining lasts at most 90 days from its first session, unless the parties agree on another end (rule B2, Labour Code 2019 Art 70.2). Give the end they agreed.</source>
        <translation>Thời gian thương lượng không quá 90 ngày kể từ phiên họp đầu tiên, trừ trường hợp các bên có thỏa thuận khác (quy tắc B2, khoản 2 Điều 70 Bộ luật Lao động 2019). Nhập ngày kết thúc các bên đã thỏa thuận.</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Công bố</translation>
    </message>
    <message>
        <source>Select a session first.</source>
        <translation>Hãy chọn một phiên họp trước.</translation>
    </message>
    <message>
        <source>Conclude the bargaining</source>
        <translation>Kết thúc thương lượng</translation>
    </message>
    <message>
        <source>The parties agree on draft version {version}. It then goes to the vote of all workers, and more than half of all the enterprise&apos;s workers must vote for it (rule A1).</source>
        <translation>Các bên thống nhất dự thảo phiên bản {version}. Dự thảo sau đó được lấy ý kiến biểu quyết của toàn thể người lao động và phải có trên 50% tổng số người lao động của doanh nghiệp tán thành (quy tắc A1).</translation>
    </message>
    <message>
        <source>Conclude</source>
        <translation>Kết thúc</translation>
    </message>
</context>
<context>
    <name>BargainingText</name>
    <message>
        <source>Not yet in force</source>
        <translation>Chưa có hiệu lực</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Đang có hiệu lực</translation>
    </message>
    <message>
        <source>In force, renewal window open</source>
        <translation>Đang có hiệu lực, trong thời gian thương lượng gia hạn</translation>
    </message>
    <message>
        <source>Expired, in force while renewal talks go on</source>
        <translation>Hết hạn, tiếp tục có hiệu lực trong thời gian thương lượng</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Hết hạn</translation>
    </message>
    <message>
        <source>Replaced by a newer agreement</source>
        <translation>Đã được thay thế bằng thỏa ước mới</translation>
    </message>
    <message>
        <source>done late, on {day}</source>
        <translation>trễ hạn, ngày {day}</translation>
    </message>
    <message>
        <source>done on time, on {day}</source>
        <translation>đúng hạn, ngày {day}</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>không thực hiện</translation>
    </message>
    <message>
        <source>overdue by 1 day</source>
        <translation>quá hạn 1 ngày</translation>
    </message>
    <message>
        <source>overdue by {days} days</source>
        <translation>quá hạn {days} ngày</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>đến hạn hôm nay</translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation>đến hạn ngày mai</translation>
    </message>
    <message>
        <source>due in {days} days</source>
        <translation>còn {days} ngày</translation>
    </message>
</context>
<context>
    <name>BargainingVote</name>
    <message>
        <source>Vote of all workers</source>
        <translation>Biểu quyết của toàn thể người lao động</translation>
    </message>
    <message>
        <source>e.g. secret ballot</source>
        <translation>Ví dụ: bỏ phiếu kín</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Mỗi người một dòng</translation>
    </message>
    <message>
        <source>Record the vote</source>
        <translation>Ghi nhận kết quả biểu quyết</translation>
    </message>
    <message>
        <source>Vote on</source>
        <translation>Ngày biểu quyết</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Vote-counting team</source>
        <translation>Ban kiểm phiếu</translation>
    </message>
    <message>
        <source>Ballots issued</source>
        <translation>Số phiếu phát ra</translation>
    </message>
    <message>
        <source>Ballots returned</source>
        <translation>Số phiếu thu về</translation>
    </message>
    <message>
        <source>In favour</source>
        <translation>Tán thành</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Không tán thành</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Phiếu không hợp lệ</translation>
    </message>
    <message>
        <source>Effect and term</source>
        <translation>Hiệu lực và thời hạn</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Có hiệu lực từ</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Hết hạn ngày</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Renewal talks from</source>
        <translation>Thương lượng gia hạn từ</translation>
    </message>
    <message>
        <source>Survives at most until</source>
        <translation>Hiệu lực kéo dài tối đa đến</translation>
    </message>
    <message>
        <source>Workforce on {day}: {count} workers (the base of rule A1); at least {needed} must vote in favour.</source>
        <translation>Số người lao động ngày {day}: {count} người (căn cứ của quy tắc A1); cần ít nhất {needed} người tán thành.</translation>
    </message>
    <message>
        <source>No vote recorded yet. The vote follows the conclusion of the bargaining: the base is every worker of the enterprise, not only those who vote.</source>
        <translation>Chưa ghi nhận biểu quyết. Biểu quyết được tiến hành sau khi kết thúc thương lượng: tỷ lệ tính trên tổng số người lao động của doanh nghiệp, không chỉ người tham gia biểu quyết.</translation>
    </message>
    <message>
        <source>{verdict}: {why}</source>
        <translation>{verdict}: {why}</translation>
    </message>
    <message>
        <source>Tally {number}: {issued} ballots issued, {returned} returned.</source>
        <translation>Biên bản kiểm phiếu {number}: phát ra {issued} phiếu, thu về {returned} phiếu.</translation>
    </message>
    <message>
        <source>The agreement cannot be signed. Bargain again (record a session), conclude, and vote again.</source>
        <translation>Không được ký kết thỏa ước. Tiếp tục thương lượng (ghi nhận phiên họp), kết thúc và biểu quyết lại.</translation>
    </message>
    <message>
        <source>{day} (a term of {months} months)</source>
        <translation>{day} (thời hạn {months} tháng)</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>Ex officio</source>
        <translation>Đại biểu đương nhiên</translation>
    </message>
    <message>
        <source>Elected</source>
        <translation>Đại biểu được bầu</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Người lao động</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã nhân viên</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Phòng ban</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Mã giấy mời</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Loại đại biểu</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Absent: {reason}</source>
        <translation>Vắng mặt: {reason}</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>Hủy điểm danh</translation>
    </message>
    <message>
        <source>Absence reason…</source>
        <translation>Lý do vắng mặt…</translation>
    </message>
    <message>
        <source>The day is recorded afterwards: check-ins are recorded at {time}, the opening of the conference.</source>
        <translation>Ngày hội nghị được ghi lại sau: điểm danh được ghi vào lúc {time}, giờ khai mạc hội nghị.</translation>
    </message>
    <message>
        <source>The day is recorded afterwards: check-ins are recorded at {time}, the planned start.</source>
        <translation>Ngày hội nghị được ghi lại sau: điểm danh được ghi vào lúc {time}, giờ bắt đầu theo kế hoạch.</translation>
    </message>
    <message>
        <source>Scan the invitation barcode, or type a name or an employee code and press Enter</source>
        <translation>Quét mã vạch trên giấy mời, hoặc gõ họ tên hay mã nhân viên rồi nhấn Enter</translation>
    </message>
    <message>
        <source>Search by name, employee code or invitation code</source>
        <translation>Tìm theo họ tên, mã nhân viên hoặc mã giấy mời</translation>
    </message>
    <message>
        <source>{count} shown</source>
        <translation>Đang hiển thị {count} người</translation>
    </message>
    <message>
        <source>{count} people match &quot;{text}&quot;: choose the row in the list and press Check in.</source>
        <translation>Có {count} người khớp với &quot;{text}&quot;: hãy chọn đúng dòng trong danh sách rồi bấm Điểm danh.</translation>
    </message>
    <message>
        <source>✓ {name} ({code}) checked in at {time}.</source>
        <translation>✓ {name} ({code}) đã điểm danh lúc {time}.</translation>
    </message>
    <message>
        <source>Undo the check-in of {name}? Use this only to correct a mistake.</source>
        <translation>Hủy điểm danh của {name}? Chỉ dùng khi điểm danh nhầm.</translation>
    </message>
    <message>
        <source>The check-in of {name} was undone.</source>
        <translation>Đã hủy điểm danh của {name}.</translation>
    </message>
    <message>
        <source>Absence reason</source>
        <translation>Lý do vắng mặt</translation>
    </message>
    <message>
        <source>{name} is present.</source>
        <translation>{name} đã có mặt.</translation>
    </message>
    <message>
        <source>{name} is absent. The reason is written in the minutes.</source>
        <translation>{name} vắng mặt. Lý do vắng mặt được ghi vào biên bản.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Select a person in the list first.</source>
        <translation>Hãy chọn một người trong danh sách trước.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>There is no database at {path}. Check the path, or name the file with --db.</source>
        <translation>Không có cơ sở dữ liệu tại {path}. Hãy kiểm tra lại đường dẫn, hoặc chỉ định tệp bằng tùy chọn --db.</translation>
    </message>
    <message>
        <source>The automatic daily backup could not be written to {path} ({detail}). The command goes on; free some space or check the backup folder.</source>
        <translation>Không ghi được bản sao lưu tự động hằng ngày vào {path} ({detail}). Lệnh vẫn tiếp tục; hãy giải phóng dung lượng đĩa hoặc kiểm tra thư mục sao lưu.</translation>
    </message>
    <message>
        <source>The database {path} is not set up yet. Start the program to set up the enterprise, or create a demo with “dcs-enterprise demo”.</source>
        <translation>Cơ sở dữ liệu {path} chưa được thiết lập. Hãy khởi động chương trình để thiết lập doanh nghiệp, hoặc tạo dữ liệu minh họa bằng lệnh “dcs-enterprise demo”.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Đã bị ngắt.</translation>
    </message>
    <message>
        <source>Unexpected error ({detail}). Please report it with the lines above.</source>
        <translation>Lỗi không mong muốn ({detail}). Vui lòng báo lỗi này kèm các dòng ở trên.</translation>
    </message>
    <message>
        <source>Schema revision: {revision} (this version: {head})</source>
        <translation>Phiên bản lược đồ: {revision} (phiên bản chương trình này dùng: {head})</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>Cơ sở dữ liệu không có lỗi.</translation>
    </message>
    <message>
        <source>The database is at an older schema revision; the program upgrades it (after a backup) the next time it opens it.</source>
        <translation>Cơ sở dữ liệu đang ở phiên bản cấu trúc cũ hơn; chương trình sẽ nâng cấp (sau khi sao lưu) vào lần mở tiếp theo.</translation>
    </message>
    <message>
        <source>The integrity check found {count} problems. Restore the database from a backup.</source>
        <translation>Kiểm tra tính toàn vẹn phát hiện {count} lỗi. Hãy khôi phục cơ sở dữ liệu từ bản sao lưu.</translation>
    </message>
    <message>
        <source>{count} events checked, chain intact.</source>
        <translation>Đã kiểm tra {count} thao tác, chuỗi nhật ký còn nguyên vẹn.</translation>
    </message>
    <message>
        <source>#{seq}: {reason}</source>
        <translation>#{seq}: {reason}</translation>
    </message>
    <message>
        <source>{count} events checked: the audit trail was changed outside the program ({breaks} breaks in the chain).</source>
        <translation>Đã kiểm tra {count} thao tác: nhật ký thao tác đã bị sửa bên ngoài chương trình ({breaks} chỗ đứt trong chuỗi).</translation>
    </message>
    <message>
        <source>{count} records checked, each matches its seal.</source>
        <translation>Đã kiểm tra {count} bản ghi, bản ghi nào cũng khớp với dấu niêm phong.</translation>
    </message>
    <message>
        <source>Table {table}: {reason}</source>
        <translation>Bảng {table}: {reason}</translation>
    </message>
    <message>
        <source>Table {table}, row {id}: {reason}</source>
        <translation>Bảng {table}, dòng {id}: {reason}</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… và {count} trường hợp khác.</translation>
    </message>
    <message>
        <source>{count} records checked: {breaks} problems with their seals; the records were changed outside the program. Restore the database from a backup made before the change; the audit trail shows who changed what through the program.</source>
        <translation>Đã kiểm tra {count} bản ghi: có {breaks} lỗi niêm phong, tức là dữ liệu đã bị sửa bên ngoài chương trình. Hãy khôi phục cơ sở dữ liệu từ bản sao lưu được tạo trước thời điểm bị sửa; nhật ký thao tác cho biết ai đã thay đổi nội dung gì thông qua chương trình.</translation>
    </message>
    <message>
        <source>The file {path} already exists. Choose another name for the backup.</source>
        <translation>Tệp {path} đã tồn tại. Hãy chọn tên khác cho bản sao lưu.</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Đã ghi bản sao lưu vào {path}.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Tệp {path} không tồn tại.</translation>
    </message>
    <message>
        <source>{backup} restored onto {path}.</source>
        <translation>Đã khôi phục {backup} vào {path}.</translation>
    </message>
    <message>
        <source>The replaced database was saved as {path}.</source>
        <translation>Cơ sở dữ liệu bị thay thế đã được lưu thành {path}.</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>quản trị viên</translation>
    </message>
    <message>
        <source>HR officer</source>
        <translation>cán bộ nhân sự</translation>
    </message>
    <message>
        <source>union officer</source>
        <translation>cán bộ công đoàn</translation>
    </message>
    <message>
        <source>employee view</source>
        <translation>chế độ xem của người lao động</translation>
    </message>
    <message>
        <source>The database {path} already holds an enterprise; the demo was not created. Choose a new file with --db.</source>
        <translation>Cơ sở dữ liệu {path} đã có dữ liệu doanh nghiệp nên dữ liệu minh họa không được tạo. Hãy chỉ định tệp mới bằng tùy chọn --db.</translation>
    </message>
    <message>
        <source>Creating the demo enterprise with {count} employees…</source>
        <translation>Đang tạo doanh nghiệp minh họa với {count} người lao động…</translation>
    </message>
    <message>
        <source>Employees written: {done} of {total}</source>
        <translation>Đã ghi người lao động: {done}/{total}</translation>
    </message>
    <message>
        <source>Demo enterprise created in {path} with {count} employees.</source>
        <translation>Đã tạo doanh nghiệp minh họa với {count} người lao động trong {path}.</translation>
    </message>
    <message>
        <source>Sign in with one of these accounts:</source>
        <translation>Đăng nhập bằng một trong các tài khoản sau:</translation>
    </message>
    <message>
        <source>  user name {username}  password {password}  ({role}: {name})</source>
        <translation>  tên đăng nhập {username}  mật khẩu {password}  ({role}: {name})</translation>
    </message>
    <message>
        <source>Row {row}, column {column}: {message}</source>
        <translation>Dòng {row}, cột {column}: {message}</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>Dòng {row}: {message}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>Employees imported from {file}: {inserted} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Đã nhập người lao động từ {file}: thêm mới {inserted}, cập nhật {updated}, giữ nguyên {unchanged}.</translation>
    </message>
    <message>
        <source>Departments created: {names}</source>
        <translation>Phòng ban đã tạo: {names}</translation>
    </message>
    <message>
        <source>Columns not recognised (ignored): {names}</source>
        <translation>Cột không nhận diện được (đã bỏ qua): {names}</translation>
    </message>
    <message>
        <source>The roster is exported as an Excel workbook: give a file name ending in .xlsx.</source>
        <translation>Danh sách lao động được xuất ra tệp Excel: hãy đặt tên tệp có đuôi .xlsx.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <source>{count} employees written to {path}.</source>
        <translation>Đã ghi {count} người lao động vào {path}.</translation>
    </message>
    <message>
        <source>Unknown kind of document “{kind}”. The kinds are: {kinds} (export-pdf --list describes them).</source>
        <translation>Không có loại văn bản “{kind}”. Các loại văn bản: {kinds} (lệnh export-pdf --list mô tả từng loại).</translation>
    </message>
    <message>
        <source>Name the PDF file to write with --out FILE.pdf.</source>
        <translation>Hãy chỉ định tệp PDF cần ghi bằng tùy chọn --out TỆP.pdf.</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}</source>
        <translation>Không ghi được tệp {path}: {reason}</translation>
    </message>
    <message>
        <source>Written: {path}{number}</source>
        <translation>Đã ghi: {path}{number}</translation>
    </message>
    <message>
        <source>There is no department with the code {code}.</source>
        <translation>Không có phòng ban nào có mã {code}.</translation>
    </message>
    <message>
        <source>There is no workers&apos; conference of {year}.</source>
        <translation>Không có hội nghị người lao động năm {year}.</translation>
    </message>
    <message>
        <source>No department meeting of that conference is recorded for {code}.</source>
        <translation>Chưa ghi nhận hội nghị bộ phận nào của hội nghị này cho {code}.</translation>
    </message>
    <message>
        <source>For {kind}, --id takes the number of the record (a whole number such as 3), not “{id}”.</source>
        <translation>Với {kind}, --id là số của bản ghi (một số nguyên, ví dụ 3), không phải “{id}”.</translation>
    </message>
    <message>
        <source>There is no record to print {kind} from{year}. Record it in the program first, or name one with --id.</source>
        <translation>Chưa có bản ghi nào để in {kind}{year}. Hãy ghi nhận trong chương trình trước, hoặc chỉ rõ bản ghi bằng --id.</translation>
    </message>
    <message>
        <source>{kind} is printed for a year: choose it with --year, not --id.</source>
        <translation>{kind} được in theo năm: hãy chọn năm bằng --year, không dùng --id.</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>Report progress</source>
        <translation>Báo cáo tiến độ</translation>
    </message>
    <message>
        <source>Article {number}: {title}
Carried out by {owner}, due {due}.</source>
        <translation>Điều {number}: {title}
Đơn vị thực hiện: {owner}, thời hạn {due}.</translation>
    </message>
    <message>
        <source>What was done; for a dropped commitment, why</source>
        <translation>Những việc đã làm; nếu không tiếp tục thực hiện, ghi rõ lý do</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>Ngày báo cáo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Conference</name>
    <message>
        <source>The employer has not approved the plan.</source>
        <translation>Người sử dụng lao động chưa thông qua kế hoạch.</translation>
    </message>
    <message>
        <source>The union has not approved the plan.</source>
        <translation>Công đoàn cơ sở chưa thông qua kế hoạch.</translation>
    </message>
    <message>
        <source>Some departments have not recorded their meeting and elected delegates.</source>
        <translation>Một số phòng ban chưa ghi nhận hội nghị và kết quả bầu đại biểu.</translation>
    </message>
    <message>
        <source>Some petitions have no answer from the employer yet.</source>
        <translation>Một số kiến nghị chưa được người sử dụng lao động trả lời.</translation>
    </message>
    <message>
        <source>The draft resolution is not ready.</source>
        <translation>Dự thảo nghị quyết chưa sẵn sàng.</translation>
    </message>
    <message>
        <source>The invitations have not been sent.</source>
        <translation>Giấy mời chưa được gửi.</translation>
    </message>
    <message>
        <source>The quorum (rule C3) was not reached: no vote can be taken.</source>
        <translation>Chưa đủ tỷ lệ tham dự tối thiểu (quy tắc C3): chưa thể biểu quyết.</translation>
    </message>
    <message>
        <source>The presidium is not recorded.</source>
        <translation>Chưa ghi nhận đoàn chủ tịch.</translation>
    </message>
    <message>
        <source>The secretary is not recorded.</source>
        <translation>Chưa ghi nhận thư ký hội nghị.</translation>
    </message>
    <message>
        <source>The resolution has not passed (rule C4).</source>
        <translation>Nghị quyết chưa được thông qua (quy tắc C4).</translation>
    </message>
    <message>
        <source>The minutes are not finalized by the chair and the secretary.</source>
        <translation>Biên bản chưa được chủ tọa và thư ký hoàn tất.</translation>
    </message>
    <message>
        <source>The publication of the resolution is not recorded.</source>
        <translation>Chưa ghi nhận việc công khai nghị quyết.</translation>
    </message>
    <message>
        <source>The conference is already under review: there is no later stage.</source>
        <translation>Hội nghị đã ở giai đoạn đánh giá thực hiện nghị quyết: không còn giai đoạn tiếp theo.</translation>
    </message>
    <message>
        <source>Draft the employer&apos;s report, the union&apos;s report and the review of last year&apos;s resolution</source>
        <translation>Dự thảo báo cáo của người sử dụng lao động, báo cáo của công đoàn cơ sở và báo cáo kiểm điểm thực hiện nghị quyết năm trước</translation>
    </message>
    <message>
        <source>Circulate the drafts and the draft resolution to the departments</source>
        <translation>Gửi các dự thảo và dự thảo nghị quyết xuống các phòng ban, bộ phận</translation>
    </message>
    <message>
        <source>Hold the department meetings (discussion, petitions, delegates)</source>
        <translation>Tổ chức hội nghị các bộ phận (thảo luận, kiến nghị, bầu đại biểu)</translation>
    </message>
    <message>
        <source>Petition cut-off: the union consolidates the petitions</source>
        <translation>Hạn chót nhận kiến nghị: công đoàn cơ sở tổng hợp kiến nghị</translation>
    </message>
    <message>
        <source>The employer answers every petition</source>
        <translation>Người sử dụng lao động trả lời tất cả kiến nghị</translation>
    </message>
    <message>
        <source>Send the invitations and the delegate list</source>
        <translation>Gửi giấy mời và danh sách đại biểu</translation>
    </message>
    <message>
        <source>Prepare the hall, the agenda and the check-in desk</source>
        <translation>Chuẩn bị hội trường, chương trình và bàn điểm danh</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Đại biểu</translation>
    </message>
    <message>
        <source>Documents and petitions</source>
        <translation>Tài liệu và kiến nghị</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Giấy mời</translation>
    </message>
    <message>
        <source>Conference day</source>
        <translation>Ngày hội nghị</translation>
    </message>
    <message>
        <source>Resolution adopted</source>
        <translation>Nghị quyết đã thông qua</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Đã công khai</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Theo dõi thực hiện</translation>
    </message>
</context>
<context>
    <name>ConferencePage</name>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Đại biểu</translation>
    </message>
    <message>
        <source>Petitions</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Draft resolution</source>
        <translation>Dự thảo nghị quyết</translation>
    </message>
    <message>
        <source>Conference day</source>
        <translation>Ngày hội nghị</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Theo dõi thực hiện</translation>
    </message>
    <message>
        <source>Workers&apos; conference</source>
        <translation>Hội nghị người lao động</translation>
    </message>
    <message>
        <source>New conference…</source>
        <translation>Hội nghị mới…</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>Sang giai đoạn tiếp theo</translation>
    </message>
    <message>
        <source>No workers&apos; conference is recorded yet. Open the year&apos;s conference with &quot;New conference…&quot;: the program proposes the form by rule C2 and dates the preparation checklist back from the conference day.</source>
        <translation>Chưa có hội nghị người lao động nào. Lập hội nghị của năm bằng nút &quot;Hội nghị mới…&quot;: chương trình đề xuất hình thức hội nghị theo quy tắc C2 và tính ngược các mốc chuẩn bị từ ngày tổ chức hội nghị.</translation>
    </message>
    <message>
        <source>Workers&apos; conference {year} — {form}</source>
        <translation>Hội nghị người lao động năm {year} — {form}</translation>
    </message>
    <message>
        <source>Move on to &quot;{stage}&quot;</source>
        <translation>Chuyển sang &quot;{stage}&quot;</translation>
    </message>
    <message>
        <source>Move the conference of {year} on to the stage &quot;{stage}&quot;? The program does not go back to an earlier stage.</source>
        <translation>Chuyển hội nghị năm {year} sang giai đoạn &quot;{stage}&quot;? Chương trình không quay lại giai đoạn trước.</translation>
    </message>
</context>
<context>
    <name>ConferenceText</name>
    <message>
        <source>rule {rule}, {article}</source>
        <translation>quy tắc {rule}, {article}</translation>
    </message>
    <message>
        <source>Full conference</source>
        <translation>Hội nghị toàn thể</translation>
    </message>
    <message>
        <source>Delegate conference</source>
        <translation>Hội nghị đại biểu</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Người sử dụng lao động</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>Công đoàn cơ sở</translation>
    </message>
    <message>
        <source>Employer and union</source>
        <translation>Người sử dụng lao động và công đoàn cơ sở</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Các phòng ban</translation>
    </message>
    <message>
        <source>Ex officio</source>
        <translation>Đại biểu đương nhiên</translation>
    </message>
    <message>
        <source>Elected</source>
        <translation>Đại biểu bầu</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Người lao động</translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation>Biểu quyết giơ tay</translation>
    </message>
    <message>
        <source>Secret ballot</source>
        <translation>Bỏ phiếu kín</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>THÔNG QUA</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>KHÔNG THÔNG QUA</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Không tiếp tục thực hiện</translation>
    </message>
    <message>
        <source>Posted on the notice board at the workplace</source>
        <translation>Niêm yết công khai tại nơi làm việc</translation>
    </message>
    <message>
        <source>Announced at a meeting, conference or dialogue</source>
        <translation>Phổ biến tại cuộc họp, hội nghị hoặc đối thoại tại nơi làm việc</translation>
    </message>
    <message>
        <source>Written notice to the workers&apos; representative organisation</source>
        <translation>Thông báo bằng văn bản đến tổ chức đại diện người lao động tại cơ sở</translation>
    </message>
    <message>
        <source>Internal information system</source>
        <translation>Hệ thống thông tin nội bộ</translation>
    </message>
    <message>
        <source>Other form</source>
        <translation>Hình thức khác</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Nghị quyết</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Workers&apos; conference</source>
        <translation>Hội nghị người lao động</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Đối thoại</translation>
    </message>
    <message>
        <source>Bargaining</source>
        <translation>Thương lượng tập thể</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Thỏa ước</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Giám sát</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Công khai</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Quy trình</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>{day} (overdue)</source>
        <translation>{day} (quá hạn)</translation>
    </message>
    <message>
        <source>{day} (this week)</source>
        <translation>{day} (trong tuần)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Double-click a line to open its workflow.</source>
        <translation>Nhấp đúp vào một dòng để mở quy trình tương ứng.</translation>
    </message>
    <message>
        <source>Everything ({count})</source>
        <translation>Tất cả ({count})</translation>
    </message>
    <message>
        <source>Overdue ({count})</source>
        <translation>Quá hạn ({count})</translation>
    </message>
    <message>
        <source>Due this week ({count})</source>
        <translation>Đến hạn trong tuần ({count})</translation>
    </message>
    <message>
        <source>Later ({count})</source>
        <translation>Sau đó ({count})</translation>
    </message>
    <message>
        <source>Nothing is overdue and nothing falls due in the next {days} days.</source>
        <translation>Không có việc nào quá hạn và không có việc nào đến hạn trong {days} ngày tới.</translation>
    </message>
    <message>
        <source>{overdue} overdue; {week} due this week (within 7 days); {later} later: due in the next {days} days, or an agreement in its renewal window. Each date comes from the rule shown beside it.</source>
        <translation>{overdue} việc quá hạn; {week} việc đến hạn trong tuần (7 ngày tới); {later} việc đến hạn sau đó: trong {days} ngày tới, hoặc thỏa ước đang trong thời hạn thương lượng gia hạn, ký mới. Mỗi thời hạn được tính theo quy định ghi bên cạnh.</translation>
    </message>
    <message>
        <source>Petitions and supervision items per month</source>
        <translation>Kiến nghị và kiến nghị giám sát theo tháng</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Resolved or rejected</source>
        <translation>Giải quyết xong hoặc từ chối</translation>
    </message>
    <message>
        <source>Not yet routed</source>
        <translation>Chưa chuyển đến nơi nhận</translation>
    </message>
    <message>
        <source>Overdue by addressee</source>
        <translation>Quá hạn theo nơi nhận</translation>
    </message>
    <message>
        <source>No petition or supervision item is overdue.</source>
        <translation>Không có kiến nghị của người lao động hay kiến nghị giám sát nào quá hạn.</translation>
    </message>
    <message>
        <source>{count} other addressees</source>
        <translation>{count} nơi nhận khác</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Petitions</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Supervision items</source>
        <translation>Kiến nghị giám sát</translation>
    </message>
    <message>
        <source>Awaiting the addressee&apos;s answer past the due date</source>
        <translation>Đã quá hạn mà nơi nhận chưa trả lời</translation>
    </message>
    <message>
        <source>Overdue deadlines: {count}. Each was due before today and is still open.</source>
        <translation>Có {count} việc quá hạn: đã đến hạn trước hôm nay mà chưa hoàn thành.</translation>
    </message>
    <message>
        <source>• {workflow}: {count}</source>
        <translation>• {workflow}: {count}</translation>
    </message>
    <message>
        <source>Overdue deadlines</source>
        <translation>Việc quá hạn</translation>
    </message>
    <message>
        <source>Show the overdue</source>
        <translation>Xem các việc quá hạn</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>From {lowest} to {highest}</source>
        <translation>Từ {lowest} đến {highest}</translation>
    </message>
    <message>
        <source>From {lowest}</source>
        <translation>Từ {lowest}</translation>
    </message>
    <message>
        <source>Until {highest}</source>
        <translation>Đến {highest}</translation>
    </message>
</context>
<context>
    <name>DayTab</name>
    <message>
        <source>present</source>
        <translation>có mặt</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>vắng mặt</translation>
    </message>
    <message>
        <source>summoned</source>
        <translation>được triệu tập</translation>
    </message>
    <message>
        <source>Nobody is summoned yet.</source>
        <translation>Chưa có ai được triệu tập.</translation>
    </message>
    <message>
        <source>Quorum reached</source>
        <translation>Đủ điều kiện tiến hành hội nghị</translation>
    </message>
    <message>
        <source>Quorum not reached</source>
        <translation>Chưa đủ điều kiện tiến hành hội nghị</translation>
    </message>
    <message>
        <source>Open the conference</source>
        <translation>Khai mạc hội nghị</translation>
    </message>
    <message>
        <source>Finalize minutes and resolution…</source>
        <translation>Hoàn tất biên bản và nghị quyết…</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Đoàn chủ tịch, thư ký, ban kiểm phiếu</translation>
    </message>
    <message>
        <source>Agenda and minutes</source>
        <translation>Chương trình và biên bản</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <source>Opened at {time}</source>
        <translation>Khai mạc lúc {time}</translation>
    </message>
    <message>
        <source>Only the officers run the conference day.</source>
        <translation>Chỉ cán bộ tổ chức mới điều hành ngày hội nghị.</translation>
    </message>
    <message>
        <source>The conference day: check in those present, then follow the agenda.</source>
        <translation>Ngày hội nghị: điểm danh người có mặt, sau đó tiến hành theo chương trình.</translation>
    </message>
    <message>
        <source>The conference day opens at the stage &quot;{stage}&quot;; the conference is at the stage &quot;{now}&quot;.</source>
        <translation>Ngày hội nghị mở ở giai đoạn &quot;{stage}&quot;; hội nghị đang ở giai đoạn &quot;{now}&quot;.</translation>
    </message>
    <message>
        <source>Closed at {time}. The minutes and the resolution are final: this is the record of the day.</source>
        <translation>Bế mạc lúc {time}. Biên bản và nghị quyết đã hoàn tất: đây là hồ sơ của ngày hội nghị.</translation>
    </message>
    <message>
        <source>Minutes and resolution final</source>
        <translation>Biên bản và nghị quyết đã hoàn tất</translation>
    </message>
    <message>
        <source>The conference is closed. Issued:
{numbers}</source>
        <translation>Hội nghị đã bế mạc. Đã ban hành:
{numbers}</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>Reply in writing to the request for dialogue</source>
        <translation>Trả lời bằng văn bản yêu cầu đối thoại</translation>
    </message>
    <message>
        <source>Send the dialogue&apos;s content to the other side</source>
        <translation>Gửi nội dung đề nghị đối thoại cho bên kia</translation>
    </message>
    <message>
        <source>Publish the main points of the dialogue</source>
        <translation>Công khai nội dung chính của cuộc đối thoại</translation>
    </message>
    <message>
        <source>Hold this year&apos;s periodic dialogue</source>
        <translation>Tổ chức đối thoại định kỳ năm nay</translation>
    </message>
    <message>
        <source>Renew the dialogue representative lists</source>
        <translation>Xác định lại danh sách thành viên đại diện đối thoại</translation>
    </message>
    <message>
        <source>Agree the time and place of bargaining</source>
        <translation>Thống nhất thời gian, địa điểm thương lượng</translation>
    </message>
    <message>
        <source>Start bargaining at the latest</source>
        <translation>Bắt đầu thương lượng chậm nhất</translation>
    </message>
    <message>
        <source>End of bargaining (90 days unless agreed)</source>
        <translation>Kết thúc thương lượng (90 ngày, trừ khi các bên có thỏa thuận khác)</translation>
    </message>
    <message>
        <source>Supply the information for bargaining</source>
        <translation>Cung cấp thông tin phục vụ thương lượng</translation>
    </message>
    <message>
        <source>File the agreement with the labour authority</source>
        <translation>Gửi thỏa ước đến cơ quan quản lý nhà nước về lao động</translation>
    </message>
    <message>
        <source>The agreement expires: bargain to renew or extend it</source>
        <translation>Thỏa ước hết hạn: thương lượng để gia hạn hoặc ký kết thỏa ước mới</translation>
    </message>
    <message>
        <source>The expired agreement stops applying unless renewed</source>
        <translation>Thỏa ước đã hết hạn sẽ thôi áp dụng nếu không được gia hạn hoặc thay thế</translation>
    </message>
    <message>
        <source>Action agreed in a dialogue</source>
        <translation>Việc đã thống nhất tại cuộc đối thoại</translation>
    </message>
    <message>
        <source>Clause of the agreement to carry out</source>
        <translation>Điều khoản thỏa ước cần thực hiện</translation>
    </message>
    <message>
        <source>Commitment of the conference resolution</source>
        <translation>Nội dung thực hiện nghị quyết hội nghị người lao động</translation>
    </message>
    <message>
        <source>Send the petition to the employer</source>
        <translation>Chuyển kiến nghị đến người sử dụng lao động</translation>
    </message>
    <message>
        <source>Answer the petition</source>
        <translation>Trả lời kiến nghị của người lao động</translation>
    </message>
    <message>
        <source>Send the recommendation to the employer</source>
        <translation>Gửi kiến nghị giám sát đến người sử dụng lao động</translation>
    </message>
    <message>
        <source>Answer the recommendation</source>
        <translation>Trả lời kiến nghị sau giám sát</translation>
    </message>
    <message>
        <source>Notify the management of the supervision plan</source>
        <translation>Thông báo kế hoạch kiểm tra, giám sát cho người sử dụng lao động</translation>
    </message>
    <message>
        <source>Publish the decision</source>
        <translation>Công khai quyết định</translation>
    </message>
    <message>
        <source>Keep it posted until</source>
        <translation>Duy trì niêm yết đến hết ngày</translation>
    </message>
</context>
<context>
    <name>DelegatesTab</name>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Chưa</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Phòng ban</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Số NLĐ</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Số đại biểu</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Đã họp</translation>
    </message>
    <message>
        <source>Elected</source>
        <translation>Đã bầu</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Ngày họp</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Seats to fill</source>
        <translation>Số đại biểu còn thiếu</translation>
    </message>
    <message>
        <source>{name}: {votes} votes{elected}</source>
        <translation>{name}: {votes} phiếu{elected}</translation>
    </message>
    <message>
        <source>{name} (round {round})</source>
        <translation>{name} (vòng {round})</translation>
    </message>
    <message>
        <source>, elected</source>
        <translation>, trúng cử</translation>
    </message>
    <message>
        <source>Seats per department</source>
        <translation>Phân bổ đại biểu theo phòng ban</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>Phân bổ</translation>
    </message>
    <message>
        <source>Delegate seats</source>
        <translation>Tổng số đại biểu</translation>
    </message>
    <message>
        <source>Seats follow each department&apos;s active workers by the largest remainder method, at least one seat per department (practice).</source>
        <translation>Số đại biểu chia theo số người lao động đang làm việc của từng phòng ban, theo phương pháp số dư lớn nhất, mỗi phòng ban ít nhất một đại biểu (thực tiễn).</translation>
    </message>
    <message>
        <source>Department meetings</source>
        <translation>Hội nghị cấp phòng ban</translation>
    </message>
    <message>
        <source>Record department meeting…</source>
        <translation>Ghi nhận hội nghị phòng ban…</translation>
    </message>
    <message>
        <source>Further round…</source>
        <translation>Bầu bổ sung…</translation>
    </message>
    <message>
        <source>Print minutes…</source>
        <translation>In biên bản…</translation>
    </message>
    <message>
        <source>Departments meet and elect their delegates at the stage &quot;Delegates&quot;.</source>
        <translation>Các phòng ban họp và bầu đại biểu ở giai đoạn &quot;Đại biểu&quot;.</translation>
    </message>
    <message>
        <source>A full conference summons every worker: department meetings discuss the drafts and raise petitions at the stage &quot;Documents and petitions&quot;; they elect no delegates.</source>
        <translation>Hội nghị toàn thể triệu tập toàn bộ người lao động: hội nghị phòng ban thảo luận dự thảo và nêu kiến nghị ở giai đoạn &quot;Tài liệu và kiến nghị&quot;, không bầu đại biểu.</translation>
    </message>
    <message>
        <source>Every department&apos;s meeting is already recorded.</source>
        <translation>Hội nghị của tất cả các phòng ban đã được ghi nhận.</translation>
    </message>
    <message>
        <source>Minutes of the department meeting</source>
        <translation>Biên bản hội nghị phòng ban</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã số</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Tư cách</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Mã giấy mời</translation>
    </message>
    <message>
        <source>Summoned list</source>
        <translation>Danh sách đại biểu được triệu tập</translation>
    </message>
    <message>
        <source>Search by name, code or invitation code</source>
        <translation>Tìm theo họ tên, mã số hoặc mã giấy mời</translation>
    </message>
    <message>
        <source>Add ex officio delegate…</source>
        <translation>Thêm đại biểu đương nhiên…</translation>
    </message>
    <message>
        <source>Remove ex officio delegate</source>
        <translation>Bỏ đại biểu đương nhiên</translation>
    </message>
    <message>
        <source>Print delegate list…</source>
        <translation>In danh sách đại biểu…</translation>
    </message>
    <message>
        <source>Print invitations…</source>
        <translation>In giấy mời…</translation>
    </message>
    <message>
        <source>One invitation per delegate</source>
        <translation>Mỗi đại biểu một giấy mời</translation>
    </message>
    <message>
        <source>One invitation for all</source>
        <translation>Một giấy mời chung</translation>
    </message>
    <message>
        <source>Record invitations sent</source>
        <translation>Ghi nhận đã gửi giấy mời</translation>
    </message>
    <message>
        <source>Invitations sent on {day}</source>
        <translation>Đã gửi giấy mời ngày {day}</translation>
    </message>
    <message>
        <source>{count} summoned</source>
        <translation>{count} người được triệu tập</translation>
    </message>
    <message>
        <source>Ex officio delegate (e.g. the director, the union chair)</source>
        <translation>Đại biểu đương nhiên (ví dụ: giám đốc, chủ tịch công đoàn cơ sở)</translation>
    </message>
    <message>
        <source>Delegate list and attendance</source>
        <translation>Danh sách đại biểu và kết quả điểm danh</translation>
    </message>
    <message>
        <source>Delegate list</source>
        <translation>Danh sách đại biểu</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Giấy mời</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>Edit department</source>
        <translation>Sửa phòng ban</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>Phòng ban mới</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(cấp cao nhất)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Trực thuộc</translation>
    </message>
</context>
<context>
    <name>DepartmentTree</name>
    <message>
        <source>Whole enterprise ({count})</source>
        <translation>Toàn doanh nghiệp ({count})</translation>
    </message>
    <message>
        <source>Code: {code}</source>
        <translation>Mã: {code}</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>Xóa phòng ban</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>Thêm phòng ban</translation>
    </message>
    <message>
        <source>Edit department</source>
        <translation>Sửa phòng ban</translation>
    </message>
    <message>
        <source>Delete the department {name}?</source>
        <translation>Xóa phòng ban {name}?</translation>
    </message>
</context>
<context>
    <name>Dialogue</name>
    <message>
        <source>Criteria for assessing job performance</source>
        <translation>Tiêu chí đánh giá mức độ hoàn thành công việc</translation>
    </message>
    <message>
        <source>Redundancy for structural, technological or economic reasons</source>
        <translation>Cho thôi việc do thay đổi cơ cấu, công nghệ hoặc vì lý do kinh tế</translation>
    </message>
    <message>
        <source>Labour use plan</source>
        <translation>Phương án sử dụng lao động</translation>
    </message>
    <message>
        <source>Wage scales, pay tables and labour norms</source>
        <translation>Thang lương, bảng lương và định mức lao động</translation>
    </message>
    <message>
        <source>Bonus rules</source>
        <translation>Quy chế thưởng</translation>
    </message>
    <message>
        <source>Internal labour rules</source>
        <translation>Nội quy lao động</translation>
    </message>
    <message>
        <source>Suspension of a worker</source>
        <translation>Tạm đình chỉ công việc của người lao động</translation>
    </message>
    <message>
        <source>Requested, awaiting the reply</source>
        <translation>Đã có yêu cầu, chờ văn bản trả lời</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Đã lên lịch</translation>
    </message>
    <message>
        <source>Held, minutes being written</source>
        <translation>Đã tổ chức, đang ghi biên bản</translation>
    </message>
    <message>
        <source>Minutes signed</source>
        <translation>Biên bản đã ký</translation>
    </message>
    <message>
        <source>Main points published</source>
        <translation>Đã công khai nội dung chính</translation>
    </message>
    <message>
        <source>The minutes of this dialogue are signed and final; they cannot be changed.</source>
        <translation>Biên bản cuộc đối thoại này đã được ký và là bản chính thức; không thể sửa.</translation>
    </message>
    <message>
        <source>Record the reply that agrees the time and place first.</source>
        <translation>Trước hết hãy ghi nhận văn bản trả lời thống nhất thời gian, địa điểm đối thoại.</translation>
    </message>
    <message>
        <source>Record the attendance and open the dialogue first.</source>
        <translation>Trước hết hãy ghi nhận thành phần tham dự và bắt đầu đối thoại.</translation>
    </message>
    <message>
        <source>This step is no longer possible: the dialogue has been held.</source>
        <translation>Không thể thực hiện bước này nữa: cuộc đối thoại đã diễn ra.</translation>
    </message>
</context>
<context>
    <name>DialogueActionsTab</name>
    <message>
        <source>Action</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Carried out by</source>
        <translation>Người/bộ phận thực hiện</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Cập nhật gần nhất</translation>
    </message>
    <message>
        <source>{status}, overdue</source>
        <translation>{status}, quá hạn</translation>
    </message>
    <message>
        <source>Carried out by {owner}, due {due}.</source>
        <translation>Thực hiện: {owner}, thời hạn {due}.</translation>
    </message>
    <message>
        <source>Report progress…</source>
        <translation>Báo cáo tiến độ…</translation>
    </message>
    <message>
        <source>The actions agreed are followed up once the minutes are signed.</source>
        <translation>Các việc đã thống nhất được theo dõi thực hiện sau khi biên bản đối thoại được ký.</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Báo cáo tiến độ</translation>
    </message>
    <message>
        <source>Select an action first.</source>
        <translation>Hãy chọn một việc trước.</translation>
    </message>
</context>
<context>
    <name>DialogueClocks</name>
    <message>
        <source>Reply to the request: {line}</source>
        <translation>Trả lời yêu cầu đối thoại: {line}</translation>
    </message>
    <message>
        <source>Agendas: {rule} Employer side: {employer}; worker side: {worker}.</source>
        <translation>Nội dung đề nghị đối thoại: {rule} Bên người sử dụng lao động: {employer}; bên người lao động: {worker}.</translation>
    </message>
    <message>
        <source>Notice of the main points: {line}</source>
        <translation>Thông báo nội dung chính: {line}</translation>
    </message>
</context>
<context>
    <name>DialogueDayTab</name>
    <message>
        <source>Attendance</source>
        <translation>Thành phần tham dự</translation>
    </message>
    <message>
        <source>Items and actions</source>
        <translation>Nội dung và việc cần làm</translation>
    </message>
    <message>
        <source>Record the reply that agrees the time and place first (Preparation tab).</source>
        <translation>Trước hết hãy ghi nhận văn bản trả lời thống nhất thời gian, địa điểm đối thoại (thẻ Chuẩn bị).</translation>
    </message>
    <message>
        <source>Only the officers record the dialogue day.</source>
        <translation>Chỉ cán bộ phụ trách được ghi nhận ngày đối thoại.</translation>
    </message>
    <message>
        <source>Tick who is present on each side. The dialogue opens only with the employer&apos;s legal representative (or a person authorised in writing) and more than 70% of the worker representatives (rule D7).</source>
        <translation>Đánh dấu những người có mặt của mỗi bên. Cuộc đối thoại chỉ được tiến hành khi có người đại diện theo pháp luật của người sử dụng lao động (hoặc người được ủy quyền bằng văn bản) và trên 70% thành viên đại diện đối thoại bên người lao động tham dự (quy tắc D7).</translation>
    </message>
    <message>
        <source>The dialogue is held: write each item with both sides&apos; positions, and the actions agreed. Then sign the minutes (Minutes tab).</source>
        <translation>Cuộc đối thoại đã diễn ra: ghi từng nội dung với ý kiến của hai bên và các việc đã thống nhất. Sau đó ký biên bản (thẻ Biên bản).</translation>
    </message>
    <message>
        <source>Stage &quot;{stage}&quot;: the minutes are signed and final; this is the record of the day.</source>
        <translation>Giai đoạn &quot;{stage}&quot;: biên bản đã ký và không thể sửa; đây là hồ sơ của ngày đối thoại.</translation>
    </message>
</context>
<context>
    <name>DialoguePage</name>
    <message>
        <source>Preparation</source>
        <translation>Chuẩn bị</translation>
    </message>
    <message>
        <source>Dialogue day</source>
        <translation>Ngày đối thoại</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Actions follow-up</source>
        <translation>Theo dõi thực hiện</translation>
    </message>
    <message>
        <source>Schedule a periodic dialogue…</source>
        <translation>Lên lịch đối thoại định kỳ…</translation>
    </message>
    <message>
        <source>Record a request…</source>
        <translation>Ghi nhận yêu cầu đối thoại…</translation>
    </message>
    <message>
        <source>Incident dialogue…</source>
        <translation>Đối thoại khi có vụ việc…</translation>
    </message>
    <message>
        <source>No dialogue is recorded for this year. Schedule the periodic dialogue (at least one a year, Labour Code 2019 Art 63.2.a), record a written request, or open a dialogue on an incident. Determine both sides&apos; representatives first, in the &quot;Representatives&quot; view.</source>
        <translation>Năm này chưa có cuộc đối thoại nào. Hãy lên lịch đối thoại định kỳ (ít nhất mỗi năm một lần, điểm a khoản 2 Điều 63 Bộ luật Lao động 2019), ghi nhận yêu cầu đối thoại bằng văn bản hoặc mở cuộc đối thoại khi có vụ việc. Trước đó hãy xác định thành viên đại diện đối thoại của hai bên ở mục &quot;Thành viên đại diện&quot;.</translation>
    </message>
    <message>
        <source>Workplace dialogue</source>
        <translation>Đối thoại tại nơi làm việc</translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation>Các cuộc đối thoại</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>Thành viên đại diện</translation>
    </message>
</context>
<context>
    <name>DialoguePapers</name>
    <message>
        <source>List of dialogue representatives</source>
        <translation>Danh sách thành viên đại diện đối thoại</translation>
    </message>
    <message>
        <source>Request for dialogue</source>
        <translation>Văn bản yêu cầu đối thoại</translation>
    </message>
    <message>
        <source>Reply to the request</source>
        <translation>Văn bản trả lời yêu cầu đối thoại</translation>
    </message>
    <message>
        <source>Minutes of the dialogue</source>
        <translation>Biên bản đối thoại</translation>
    </message>
    <message>
        <source>Minutes of the dialogue (draft)</source>
        <translation>Biên bản đối thoại (dự thảo)</translation>
    </message>
    <message>
        <source>Notice of the main points</source>
        <translation>Thông báo nội dung chính</translation>
    </message>
</context>
<context>
    <name>DialogueText</name>
    <message>
        <source>Fewer than 50</source>
        <translation>Dưới 50</translation>
    </message>
    <message>
        <source>50-149</source>
        <translation>Từ 50 đến 149</translation>
    </message>
    <message>
        <source>150-299</source>
        <translation>Từ 150 đến 299</translation>
    </message>
    <message>
        <source>300-499</source>
        <translation>Từ 300 đến 499</translation>
    </message>
    <message>
        <source>500-999</source>
        <translation>Từ 500 đến 999</translation>
    </message>
    <message>
        <source>1,000 or more</source>
        <translation>Từ 1.000 trở lên</translation>
    </message>
    <message>
        <source>Periodic dialogue</source>
        <translation>Đối thoại định kỳ</translation>
    </message>
    <message>
        <source>Dialogue on request</source>
        <translation>Đối thoại khi có yêu cầu</translation>
    </message>
    <message>
        <source>Dialogue on an incident</source>
        <translation>Đối thoại khi có vụ việc</translation>
    </message>
    <message>
        <source>Employer side</source>
        <translation>Bên người sử dụng lao động</translation>
    </message>
    <message>
        <source>Worker side</source>
        <translation>Bên người lao động</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Người sử dụng lao động</translation>
    </message>
    <message>
        <source>Grassroots trade union</source>
        <translation>Công đoàn cơ sở</translation>
    </message>
    <message>
        <source>Other worker representative organisation</source>
        <translation>Tổ chức đại diện người lao động tại cơ sở khác</translation>
    </message>
    <message>
        <source>Dialogue representative group</source>
        <translation>Nhóm đại diện đối thoại</translation>
    </message>
    <message>
        <source>{label} ({article})</source>
        <translation>{label} ({article})</translation>
    </message>
    <message>
        <source>{range} workers: at least {minimum}</source>
        <translation>{range} người lao động: ít nhất {minimum} thành viên</translation>
    </message>
    <message>
        <source>{range} workers: at least {minimum}, from {minimum} to {maximum}</source>
        <translation>{range} người lao động: ít nhất {minimum}, từ {minimum} đến {maximum} thành viên</translation>
    </message>
    <message>
        <source>done on {day}, on time</source>
        <translation>thực hiện ngày {day}, đúng hạn</translation>
    </message>
    <message>
        <source>done on {day}, LATE</source>
        <translation>thực hiện ngày {day}, TRỄ HẠN</translation>
    </message>
    <message>
        <source>not done, the deadline has passed</source>
        <translation>chưa thực hiện, đã quá hạn</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>chưa thực hiện</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>chưa gửi</translation>
    </message>
    <message>
        <source>sent on {day}</source>
        <translation>gửi ngày {day}</translation>
    </message>
    <message>
        <source>sent on {day}, on time</source>
        <translation>gửi ngày {day}, đúng hạn</translation>
    </message>
    <message>
        <source>sent on {day}, LATE</source>
        <translation>gửi ngày {day}, TRỄ HẠN</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Issue with a number</source>
        <translation>Cấp số văn bản</translation>
    </message>
    <message>
        <source>Takes the next number of this document&apos;s series for the year (Decree 30/2020 Art 15): it is recorded and never reused.</source>
        <translation>Lấy số tiếp theo trong sổ đăng ký của loại văn bản này trong năm (Điều 15 Nghị định 30/2020/NĐ-CP): số đã cấp được ghi lại và không bao giờ dùng lại.</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Đang chuẩn bị văn bản…</translation>
    </message>
    <message>
        <source>Laying out page {page}…</source>
        <translation>Đang dàn trang {page}…</translation>
    </message>
    <message>
        <source>{pages} pages</source>
        <translation>{pages} trang</translation>
    </message>
    <message>
        <source>issued as {number}</source>
        <translation>đã cấp {number}</translation>
    </message>
    <message>
        <source>The document could not be prepared.</source>
        <translation>Không chuẩn bị được văn bản.</translation>
    </message>
    <message>
        <source>Give this document the next number of its series? The number cannot be taken back.</source>
        <translation>Cấp cho văn bản này số tiếp theo trong sổ đăng ký? Số đã cấp không thể thu hồi.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}</source>
        <translation>Không ghi được tệp {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <source>Known</source>
        <translation>Có thông tin</translation>
    </message>
    <message>
        <source>Edit employee</source>
        <translation>Sửa thông tin</translation>
    </message>
    <message>
        <source>New employee</source>
        <translation>Thêm người lao động</translation>
    </message>
    <message>
        <source>Member of the trade union</source>
        <translation>Là đoàn viên công đoàn</translation>
    </message>
    <message>
        <source>Employee code</source>
        <translation>Mã nhân viên</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Phòng ban</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>Ngày vào làm</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Loại hợp đồng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>EmployeePicker</name>
    <message>
        <source>Code</source>
        <translation>Mã số</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Phòng ban</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Search by name or code, with or without diacritics</source>
        <translation>Tìm theo họ tên hoặc mã số, có dấu hoặc không dấu</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Chọn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>Tìm thấy {count} người</translation>
    </message>
    <message>
        <source>The first {shown} of {count}: type more of the name to narrow the list.</source>
        <translation>{shown} người đầu tiên trong số {count}: gõ thêm họ tên để thu hẹp danh sách.</translation>
    </message>
</context>
<context>
    <name>EmployeeView</name>
    <message>
        <source>Actions</source>
        <translation>Chức năng</translation>
    </message>
    <message>
        <source>Sign in as an officer</source>
        <translation>Đăng nhập với tư cách cán bộ</translation>
    </message>
    <message>
        <source>File a petition</source>
        <translation>Gửi kiến nghị</translation>
    </message>
    <message>
        <source>Published for all workers</source>
        <translation>Công khai cho toàn thể người lao động</translation>
    </message>
    <message>
        <source>The resolutions of the workers&apos; conference, the collective labour agreement in force, dialogue notices, what the employer publishes and the answers to petitions will appear here once they are published. To raise a matter, file a petition: the button is at the top.</source>
        <translation>Nghị quyết Hội nghị người lao động, thỏa ước lao động tập thể đang có hiệu lực, thông báo về đối thoại, các nội dung người sử dụng lao động công khai và trả lời kiến nghị sẽ hiện ở đây khi được công khai. Muốn nêu một vấn đề, hãy gửi kiến nghị: nút ở phía trên.</translation>
    </message>
    <message>
        <source>No published record holds &quot;{text}&quot;. Try fewer words, or other words.</source>
        <translation>Không có nội dung công khai nào chứa &quot;{text}&quot;. Hãy thử gõ ít từ hơn hoặc từ khác.</translation>
    </message>
    <message>
        <source>Petition filed</source>
        <translation>Đã gửi kiến nghị</translation>
    </message>
    <message>
        <source>Your petition was received on {day} as number {number}. The answer is due by {due}. Keep the number: when the union publishes the answer, it is listed here, and you can search for it.</source>
        <translation>Kiến nghị của bạn đã được tiếp nhận ngày {day}, số {number}. Hạn trả lời: {due}. Hãy ghi nhớ số này: khi công đoàn công khai câu trả lời, nội dung sẽ hiện ở đây và bạn có thể tìm theo số đó.</translation>
    </message>
    <message>
        <source>Resolution of the workers&apos; conference {year}</source>
        <translation>Nghị quyết Hội nghị người lao động năm {year}</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Ngày công khai</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Nơi công khai</translation>
    </message>
    <message>
        <source>(corrected; replaces {number})</source>
        <translation>(đính chính; thay thế nghị quyết số {number})</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Nghị quyết</translation>
    </message>
    <message>
        <source>Employer&apos;s publication</source>
        <translation>Nội dung công khai</translation>
    </message>
    <message>
        <source>Matter: {matter} ({article}).</source>
        <translation>Nội dung công khai: {matter} ({article}).</translation>
    </message>
    <message>
        <source>Form: {form}.</source>
        <translation>Hình thức: {form}.</translation>
    </message>
    <message>
        <source>Decided on {day}.</source>
        <translation>Quyết định ngày {day}.</translation>
    </message>
    <message>
        <source>Published from {day} until {end} at {place}.</source>
        <translation>Công khai từ ngày {day} đến ngày {end} tại {place}.</translation>
    </message>
    <message>
        <source>full conference</source>
        <translation>hội nghị toàn thể</translation>
    </message>
    <message>
        <source>delegate conference</source>
        <translation>hội nghị đại biểu</translation>
    </message>
    <message>
        <source>Collective agreement</source>
        <translation>Thỏa ước lao động tập thể</translation>
    </message>
    <message>
        <source>In force from {start} to {end} ({months} months).</source>
        <translation>Có hiệu lực từ ngày {start} đến ngày {end} ({months} tháng).</translation>
    </message>
    <message>
        <source>Number {number}</source>
        <translation>Số {number}</translation>
    </message>
    <message>
        <source>Signed on {day} by {employer} and {union}.</source>
        <translation>Ký kết ngày {day} giữa {employer} và {union}.</translation>
    </message>
    <message>
        <source>Chapter {number}. {title}</source>
        <translation>Chương {number}. {title}</translation>
    </message>
    <message>
        <source>Clause {number}. {title}</source>
        <translation>Điều {number}. {title}</translation>
    </message>
    <message>
        <source>This clause has its own term: {months} months.</source>
        <translation>Điều khoản này có thời hạn riêng: {months} tháng.</translation>
    </message>
    <message>
        <source>Bargaining minutes</source>
        <translation>Biên bản thương lượng tập thể</translation>
    </message>
    <message>
        <source>Bargaining session {number}: {title}</source>
        <translation>Phiên họp thương lượng {number}: {title}</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Nội dung đã thỏa thuận</translation>
    </message>
    <message>
        <source>Still disputed</source>
        <translation>Nội dung còn ý kiến khác nhau</translation>
    </message>
    <message>
        <source>Session held on {day}.</source>
        <translation>Phiên họp ngày {day}.</translation>
    </message>
    <message>
        <source>Adopted by the {form} held on {day} at {place}.</source>
        <translation>Được {form} họp ngày {day} tại {place} thông qua.</translation>
    </message>
    <message>
        <source>periodic dialogue</source>
        <translation>đối thoại định kỳ</translation>
    </message>
    <message>
        <source>dialogue on request</source>
        <translation>đối thoại khi có yêu cầu</translation>
    </message>
    <message>
        <source>dialogue on an incident</source>
        <translation>đối thoại khi có vụ việc</translation>
    </message>
    <message>
        <source>Dialogue notice</source>
        <translation>Thông báo về đối thoại</translation>
    </message>
    <message>
        <source>Main points of the {kind} held on {day}.</source>
        <translation>Nội dung chính của cuộc {kind} tổ chức ngày {day}.</translation>
    </message>
    <message>
        <source>Published from {day} at {place}.</source>
        <translation>Công khai từ ngày {day} tại {place}.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} đến {end}</translation>
    </message>
    <message>
        <source>This corrected resolution replaces resolution {number}.</source>
        <translation>Nghị quyết đính chính này thay thế nghị quyết số {number}.</translation>
    </message>
    <message>
        <source>Vote: {in_favour} in favour, {against} against, {abstained} abstaining, of {present} present: {verdict}.</source>
        <translation>Kết quả biểu quyết: {in_favour} tán thành, {against} không tán thành, {abstained} không biểu quyết, trên tổng số {present} người có mặt: {verdict}.</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Các điều của nghị quyết</translation>
    </message>
    <message>
        <source>Article {number}. {title}</source>
        <translation>Điều {number}. {title}</translation>
    </message>
    <message>
        <source>Carried out by {owner}, by {due}.</source>
        <translation>Đơn vị thực hiện: {owner}, thời hạn {due}.</translation>
    </message>
    <message>
        <source>Search published records (with or without diacritics)</source>
        <translation>Tìm trong các nội dung đã công khai (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <source>Employee view: read only. Officers sign in to work on records.</source>
        <translation>Chế độ xem của người lao động: chỉ xem. Cán bộ cần đăng nhập để làm việc với hồ sơ.</translation>
    </message>
    <message>
        <source>Nothing has been published yet.</source>
        <translation>Chưa có nội dung nào được công khai.</translation>
    </message>
    <message>
        <source>{name} — published records</source>
        <translation>{name} — các nội dung đã công khai</translation>
    </message>
    <message>
        <source>Supervision result</source>
        <translation>Kết quả giám sát</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>Số {number}</translation>
    </message>
    <message>
        <source>Supervision item no. {id}. Subject: {subject}.</source>
        <translation>Kiến nghị giám sát số {id}. Nội dung giám sát: {subject}.</translation>
    </message>
    <message>
        <source>Raised from: {source}.</source>
        <translation>Nguồn kiến nghị: {source}.</translation>
    </message>
    <message>
        <source>Status: {status}.</source>
        <translation>Tình trạng: {status}.</translation>
    </message>
    <message>
        <source>The union&apos;s recommendation</source>
        <translation>Kiến nghị của công đoàn cơ sở</translation>
    </message>
    <message>
        <source>The employer&apos;s answer</source>
        <translation>Trả lời của người sử dụng lao động</translation>
    </message>
    <message>
        <source>The employer&apos;s answer of {day}</source>
        <translation>Trả lời của người sử dụng lao động ngày {day}</translation>
    </message>
    <message>
        <source>The employer gave no written answer.</source>
        <translation>Người sử dụng lao động không có văn bản trả lời.</translation>
    </message>
    <message>
        <source>Answer to a petition</source>
        <translation>Trả lời kiến nghị</translation>
    </message>
    <message>
        <source>Petition no. {id}. Category: {category}.</source>
        <translation>Kiến nghị số {id}. Lĩnh vực: {category}.</translation>
    </message>
    <message>
        <source>Answered on {day}; status: {status}.</source>
        <translation>Trả lời ngày {day}; tình trạng: {status}.</translation>
    </message>
    <message>
        <source>Published on {day} at {place}.</source>
        <translation>Công khai ngày {day} tại {place}.</translation>
    </message>
    <message>
        <source>The petition</source>
        <translation>Nội dung kiến nghị</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>Nội dung trả lời</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <source>HR officer</source>
        <translation>Cán bộ nhân sự</translation>
    </message>
    <message>
        <source>Union officer</source>
        <translation>Cán bộ công đoàn</translation>
    </message>
    <message>
        <source>Employee view</source>
        <translation>Chế độ xem của người lao động</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Indefinite term</source>
        <translation>Không xác định thời hạn</translation>
    </message>
    <message>
        <source>Definite term</source>
        <translation>Xác định thời hạn</translation>
    </message>
    <message>
        <source>Probation</source>
        <translation>Thử việc</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Đang làm việc</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Đã nghỉ việc</translation>
    </message>
    <message>
        <source>Non-state enterprise (Labour Code and Decree 145)</source>
        <translation>Doanh nghiệp ngoài nhà nước (Bộ luật Lao động và Nghị định 145)</translation>
    </message>
    <message>
        <source>Non-state enterprise following the SOE rules by choice (Law 10/2022 Art 82.2)</source>
        <translation>Doanh nghiệp ngoài nhà nước tự nguyện áp dụng quy định về doanh nghiệp nhà nước (khoản 2 Điều 82 Luật 10/2022)</translation>
    </message>
    <message>
        <source>State-owned enterprise (Law 10/2022 Arts 64-81)</source>
        <translation>Doanh nghiệp nhà nước (từ Điều 64 đến Điều 81 Luật 10/2022)</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Chủ nhật</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The operation failed.</source>
        <translation>Thao tác không thực hiện được.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>Bản ghi không còn tồn tại.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not do this: {action}.</source>
        <translation>Vai trò của bạn ({role}) không được phép thực hiện thao tác này: {action}.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Tên đăng nhập hoặc mật khẩu không đúng.</translation>
    </message>
    <message>
        <source>The database file {path} is in use by another copy of the program. Close the other copy, or open a different file.</source>
        <translation>Tệp cơ sở dữ liệu {path} đang được một phiên chạy khác của chương trình sử dụng. Hãy đóng phiên chạy đó hoặc mở một tệp khác.</translation>
    </message>
    <message>
        <source>The database is busy with another task of the program (an import or a backup, for example). Nothing was changed; try again in a moment.</source>
        <translation>Cơ sở dữ liệu đang bận với một tác vụ khác của chương trình (ví dụ đang nhập danh sách hoặc sao lưu). Chưa có gì thay đổi; vui lòng thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The database {path} has been closed (a backup is being restored, or the program is closing). Nothing was changed.</source>
        <translation>Cơ sở dữ liệu {path} đã được đóng (đang khôi phục từ bản sao lưu, hoặc chương trình đang đóng). Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The database file {path} was written by a newer version of the program (schema {found}). Install the newer version to open it; the file was not changed.</source>
        <translation>Tệp cơ sở dữ liệu {path} được ghi bởi một phiên bản mới hơn của chương trình (lược đồ {found}). Hãy cài đặt phiên bản mới hơn để mở tệp; tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>The database file {path} is damaged and cannot be opened ({detail}). Restore it from a backup; the file was not changed.</source>
        <translation>Tệp cơ sở dữ liệu {path} bị hỏng và không mở được ({detail}). Hãy khôi phục từ bản sao lưu; tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>The file {path} is not a dcs-enterprise database. The file was not changed.</source>
        <translation>Tệp {path} không phải là cơ sở dữ liệu của dcs-enterprise. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>The database file {path} cannot be written (read-only file or folder, or disk full).</source>
        <translation>Không ghi được tệp cơ sở dữ liệu {path} (tệp hoặc thư mục chỉ cho phép đọc, hoặc ổ đĩa đã đầy).</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Nothing was changed; free some space on that disk and try again.</source>
        <translation>Ổ đĩa chứa {path} đã đầy. Chưa có gì thay đổi; hãy giải phóng bớt dung lượng trên ổ đĩa đó rồi thử lại.</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>Mật khẩu phải có ít nhất {n} ký tự.</translation>
    </message>
    <message>
        <source>The employee code is empty.</source>
        <translation>Chưa nhập mã nhân viên.</translation>
    </message>
    <message>
        <source>The full name is empty.</source>
        <translation>Chưa nhập họ và tên.</translation>
    </message>
    <message>
        <source>“{value}” is not a gender: write Nam, Nữ or Khác.</source>
        <translation>“{value}” không phải là giới tính hợp lệ: hãy ghi Nam, Nữ hoặc Khác.</translation>
    </message>
    <message>
        <source>Unknown department “{value}”: add it to the department tree, or tick “Create the departments that are not in the tree yet” (--create-departments on the command line).</source>
        <translation>Không có phòng ban “{value}”: hãy thêm vào cây phòng ban, hoặc đánh dấu “Tạo các phòng ban chưa có trong cây phòng ban” (tùy chọn --create-departments khi dùng dòng lệnh).</translation>
    </message>
    <message>
        <source>“{value}” is not a date: write it as dd/mm/yyyy.</source>
        <translation>“{value}” không phải là ngày hợp lệ: hãy ghi theo dạng dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>The date {value} is in the future.</source>
        <translation>Ngày {value} là một ngày trong tương lai.</translation>
    </message>
    <message>
        <source>“{value}” is not a contract type: write “Không xác định thời hạn”, “Xác định thời hạn” or “Thử việc”.</source>
        <translation>“{value}” không phải là loại hợp đồng: hãy ghi “Không xác định thời hạn”, “Xác định thời hạn” hoặc “Thử việc”.</translation>
    </message>
    <message>
        <source>“{value}” is not yes or no: write Có or Không.</source>
        <translation>“{value}” không phải là giá trị có/không: hãy ghi Có hoặc Không.</translation>
    </message>
    <message>
        <source>“{value}” is not a status: write “Đang làm việc” or “Đã nghỉ việc”.</source>
        <translation>“{value}” không phải là trạng thái hợp lệ: hãy ghi “Đang làm việc” hoặc “Đã nghỉ việc”.</translation>
    </message>
    <message>
        <source>The conference quorum must be a fraction between 0 and 1.</source>
        <translation>Tỷ lệ tham dự tối thiểu của hội nghị phải là một phân số từ 0 đến 1.</translation>
    </message>
    <message>
        <source>The pass threshold must be between 0% and 99%.</source>
        <translation>Tỷ lệ biểu quyết thông qua phải từ 0% đến 99%.</translation>
    </message>
    <message>
        <source>The month must be between 1 and 12.</source>
        <translation>Tháng phải từ 1 đến 12.</translation>
    </message>
    <message>
        <source>At least one day of the week must be a working day.</source>
        <translation>Phải có ít nhất một ngày trong tuần là ngày làm việc.</translation>
    </message>
    <message>
        <source>Day and headcount settings must be at least 1.</source>
        <translation>Các thiết lập về số ngày và số người lao động phải từ 1 trở lên.</translation>
    </message>
    <message>
        <source>The employee view needs no account: it opens without a password.</source>
        <translation>Chế độ xem của người lao động không cần tài khoản: chế độ này mở mà không cần mật khẩu.</translation>
    </message>
    <message>
        <source>The user name is required and has no spaces.</source>
        <translation>Tên đăng nhập là bắt buộc và không được chứa dấu cách.</translation>
    </message>
    <message>
        <source>The user name {name} is already taken.</source>
        <translation>Tên đăng nhập {name} đã được sử dụng.</translation>
    </message>
    <message>
        <source>At least one active administrator must remain.</source>
        <translation>Phải còn ít nhất một quản trị viên đang hoạt động.</translation>
    </message>
    <message>
        <source>A department cannot be placed under itself or one of its parts.</source>
        <translation>Không thể đặt một phòng ban trực thuộc chính nó hoặc một bộ phận của nó.</translation>
    </message>
    <message>
        <source>The department {name} still has employees or sub-departments; move them first.</source>
        <translation>Phòng ban {name} vẫn còn người lao động hoặc phòng ban trực thuộc; hãy chuyển sang đơn vị khác trước.</translation>
    </message>
    <message>
        <source>A department needs a code and a name.</source>
        <translation>Phòng ban phải có mã và tên.</translation>
    </message>
    <message>
        <source>The department code {code} is already used.</source>
        <translation>Mã phòng ban {code} đã được sử dụng.</translation>
    </message>
    <message>
        <source>An employee needs a code and a full name.</source>
        <translation>Người lao động phải có mã nhân viên và họ và tên.</translation>
    </message>
    <message>
        <source>Choose the employee&apos;s department (add one to the tree first).</source>
        <translation>Hãy chọn phòng ban của người lao động (thêm phòng ban vào cây trước).</translation>
    </message>
    <message>
        <source>The employee code {code} is already used.</source>
        <translation>Mã nhân viên {code} đã được sử dụng.</translation>
    </message>
    <message>
        <source>The enterprise has not been set up yet.</source>
        <translation>Doanh nghiệp chưa được thiết lập.</translation>
    </message>
    <message>
        <source>The enterprise name is required.</source>
        <translation>Tên doanh nghiệp là bắt buộc.</translation>
    </message>
    <message>
        <source>The holiday needs a name.</source>
        <translation>Ngày nghỉ lễ phải có tên.</translation>
    </message>
    <message>
        <source>{day} is already in the holiday list.</source>
        <translation>Ngày {day} đã có trong danh sách ngày nghỉ lễ.</translation>
    </message>
    <message>
        <source>Choose another file for the backup than the database itself.</source>
        <translation>Hãy chọn một tệp sao lưu khác với chính tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The file {path} is not a backup this version can restore.</source>
        <translation>Tệp {path} không phải là bản sao lưu mà phiên bản này có thể khôi phục.</translation>
    </message>
    <message>
        <source>The backup to restore is the database itself. Choose a backup file.</source>
        <translation>Tệp cần khôi phục chính là cơ sở dữ liệu đang dùng. Hãy chọn một tệp sao lưu.</translation>
    </message>
    <message>
        <source>The file {name} cannot be imported: only .xlsx and .csv files can.</source>
        <translation>Không thể nhập tệp {name}: chỉ nhập được tệp .xlsx và .csv.</translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <translation>Tệp {name} không tồn tại.</translation>
    </message>
    <message>
        <source>The file {name} cannot be opened ({detail}).</source>
        <translation>Không mở được tệp {name} ({detail}).</translation>
    </message>
    <message>
        <source>The file {name} cannot be read as an Excel workbook.</source>
        <translation>Không đọc được tệp {name} dưới dạng tệp Excel.</translation>
    </message>
    <message>
        <source>The file {name} is not UTF-8 text. Save it as “CSV UTF-8” in Excel and try again.</source>
        <translation>Tệp {name} không phải là văn bản UTF-8. Hãy lưu tệp trong Excel theo định dạng “CSV UTF-8” rồi thử lại.</translation>
    </message>
    <message>
        <source>The file {name} is not a valid CSV table.</source>
        <translation>Tệp {name} không phải là bảng CSV hợp lệ.</translation>
    </message>
    <message>
        <source>The file {name} contains no table.</source>
        <translation>Tệp {name} không chứa bảng dữ liệu nào.</translation>
    </message>
    <message>
        <source>The columns “{first}” and “{second}” both mean {field}. Keep only one of them.</source>
        <translation>Hai cột “{first}” và “{second}” đều có nghĩa là {field}. Hãy chỉ giữ lại một cột.</translation>
    </message>
    <message>
        <source>The file has no header row with the columns {missing}.</source>
        <translation>Tệp không có dòng tiêu đề chứa các cột {missing}.</translation>
    </message>
    <message>
        <source>The file {name} cannot be written ({detail}). If it is open in Excel, close it and try again.</source>
        <translation>Không ghi được tệp {name} ({detail}). Nếu tệp đang mở trong Excel, hãy đóng tệp rồi thử lại.</translation>
    </message>
    <message>
        <source>{count} problems were found in the file; nothing was imported.</source>
        <translation>Phát hiện {count} lỗi trong tệp; chưa có dữ liệu nào được nhập.</translation>
    </message>
    <message>
        <source>The employee code {code} is also on row {other}.</source>
        <translation>Mã nhân viên {code} cũng có ở dòng {other}.</translation>
    </message>
    <message>
        <source>The file has a header row but no employees.</source>
        <translation>Tệp có dòng tiêu đề nhưng không có người lao động nào.</translation>
    </message>
    <message>
        <source>The text is too long: at most {limit} characters.</source>
        <translation>Nội dung quá dài: tối đa {limit} ký tự.</translation>
    </message>
    <message>
        <source>The enterprise is already set up.</source>
        <translation>Doanh nghiệp đã được thiết lập.</translation>
    </message>
    <message>
        <source>Cannot do this</source>
        <translation>Không thể thực hiện</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <source>Something went wrong inside the program. Your data was not changed by the failed step. Please send the details below and the log file to your administrator.</source>
        <translation>Đã xảy ra lỗi bên trong chương trình. Bước bị lỗi không làm thay đổi dữ liệu của bạn. Vui lòng gửi thông tin chi tiết dưới đây và tệp log của chương trình cho quản trị viên.</translation>
    </message>
    <message>
        <source>Those present ({present}) must be between 0 and those summoned ({summoned}).</source>
        <translation>Số người có mặt ({present}) phải từ 0 đến số người được triệu tập ({summoned}).</translation>
    </message>
    <message>
        <source>The votes ({total}) cannot exceed those present ({present}).</source>
        <translation>Tổng số phiếu ({total}) không được vượt quá số người có mặt ({present}).</translation>
    </message>
    <message>
        <source>{seats} seats are fewer than the {departments} departments: each needs at least one.</source>
        <translation>{seats} suất đại biểu ít hơn số {departments} phòng ban: mỗi phòng ban cần ít nhất một suất.</translation>
    </message>
    <message>
        <source>Progress must be between 0 and 100%.</source>
        <translation>Tiến độ phải từ 0 đến 100%.</translation>
    </message>
    <message>
        <source>A commitment marked done must be at 100%.</source>
        <translation>Nội dung đã hoàn thành thì tiến độ phải là 100%.</translation>
    </message>
    <message>
        <source>A commitment not started must be at 0%.</source>
        <translation>Nội dung chưa thực hiện thì tiến độ phải là 0%.</translation>
    </message>
    <message>
        <source>Say why the commitment is dropped.</source>
        <translation>Hãy ghi rõ lý do không tiếp tục thực hiện.</translation>
    </message>
    <message>
        <source>A meeting needs at least one worker present.</source>
        <translation>Cuộc họp phải có ít nhất một người lao động có mặt.</translation>
    </message>
    <message>
        <source>A candidate&apos;s votes ({votes}) must be between 0 and those present ({present}).</source>
        <translation>Số phiếu của ứng cử viên ({votes}) phải từ 0 đến số người có mặt ({present}).</translation>
    </message>
    <message>
        <source>A publication cannot start before the decision it publishes.</source>
        <translation>Không thể công khai trước ngày ra quyết định được công khai.</translation>
    </message>
    <message>
        <source>The publication cannot end before it starts.</source>
        <translation>Ngày kết thúc công khai không thể trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Commitments are followed once the resolution is adopted.</source>
        <translation>Chỉ theo dõi thực hiện sau khi nghị quyết được thông qua.</translation>
    </message>
    <message>
        <source>A progress report cannot be dated before the conference ({held}).</source>
        <translation>Báo cáo tiến độ không thể ghi ngày trước ngày hội nghị ({held}).</translation>
    </message>
    <message>
        <source>A progress report cannot be dated before the last one ({day}).</source>
        <translation>Báo cáo tiến độ không thể ghi ngày trước lần báo cáo gần nhất ({day}).</translation>
    </message>
    <message>
        <source>This cannot be done at the stage &quot;{stage}&quot; of the conference.</source>
        <translation>Không thể thực hiện việc này ở bước &quot;{stage}&quot; của hội nghị.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a time of day (HH:MM).</source>
        <translation>&quot;{value}&quot; không phải là giờ trong ngày (GG:PP).</translation>
    </message>
    <message>
        <source>No one summoned to this conference has the code &quot;{code}&quot;.</source>
        <translation>Không có ai được triệu tập dự hội nghị này có mã &quot;{code}&quot;.</translation>
    </message>
    <message>
        <source>Votes have been taken: the attendance they counted stays.</source>
        <translation>Hội nghị đã biểu quyết: không thể sửa số người có mặt đã dùng để tính.</translation>
    </message>
    <message>
        <source>{name} is already checked in (at {time}).</source>
        <translation>{name} đã được điểm danh (lúc {time}).</translation>
    </message>
    <message>
        <source>The conference has one secretary, or two at most.</source>
        <translation>Hội nghị có một thư ký, nhiều nhất là hai.</translation>
    </message>
    <message>
        <source>Say what the vote is on.</source>
        <translation>Hãy ghi rõ nội dung biểu quyết.</translation>
    </message>
    <message>
        <source>Open the conference before taking a vote.</source>
        <translation>Hãy khai mạc hội nghị trước khi biểu quyết.</translation>
    </message>
    <message>
        <source>The resolution has already been adopted.</source>
        <translation>Nghị quyết đã được thông qua.</translation>
    </message>
    <message>
        <source>The conference is planned for {day}: its day cannot be recorded earlier.</source>
        <translation>Hội nghị được dự kiến tổ chức ngày {day}: không thể ghi nhận diễn biến ngày hội nghị trước ngày đó.</translation>
    </message>
    <message>
        <source>This department&apos;s meeting is already recorded.</source>
        <translation>Hội nghị của bộ phận này đã được ghi nhận.</translation>
    </message>
    <message>
        <source>Those present ({present}) must be between 1 and the department&apos;s {workers} workers.</source>
        <translation>Số người có mặt ({present}) phải từ 1 đến {workers} người lao động của bộ phận.</translation>
    </message>
    <message>
        <source>A department meeting is held between the plan&apos;s approval ({approved}) and the conference ({held}).</source>
        <translation>Hội nghị bộ phận phải được tổ chức sau khi kế hoạch được thông qua ({approved}) và trước hội nghị người lao động ({held}).</translation>
    </message>
    <message>
        <source>This department has no seat: allocate the seats first.</source>
        <translation>Bộ phận này chưa được phân bổ đại biểu: hãy phân bổ trước.</translation>
    </message>
    <message>
        <source>A full conference elects no delegates.</source>
        <translation>Hội nghị toàn thể không bầu đại biểu.</translation>
    </message>
    <message>
        <source>Every seat of the department is filled.</source>
        <translation>Bộ phận đã bầu đủ số đại biểu được phân bổ.</translation>
    </message>
    <message>
        <source>A candidate is listed twice.</source>
        <translation>Một ứng cử viên bị ghi hai lần.</translation>
    </message>
    <message>
        <source>A candidate must be an active worker of the department.</source>
        <translation>Ứng cử viên phải là người lao động đang làm việc tại bộ phận.</translation>
    </message>
    <message>
        <source>{name} is already a delegate.</source>
        <translation>{name} đã là đại biểu.</translation>
    </message>
    <message>
        <source>Invitations are sent after the plan&apos;s approval ({approved}) and before the conference day ({held}).</source>
        <translation>Giấy mời được gửi sau khi kế hoạch được thông qua ({approved}) và trước ngày hội nghị ({held}).</translation>
    </message>
    <message>
        <source>Enter the candidates and their votes.</source>
        <translation>Hãy nhập các ứng cử viên và số phiếu của họ.</translation>
    </message>
    <message>
        <source>The petition is empty.</source>
        <translation>Nội dung kiến nghị đang trống.</translation>
    </message>
    <message>
        <source>Say who raised the petition (a person, a team or a department).</source>
        <translation>Hãy ghi rõ người nêu kiến nghị (cá nhân, tổ hoặc bộ phận).</translation>
    </message>
    <message>
        <source>A petition for the conference is raised before its day ({held}).</source>
        <translation>Kiến nghị gửi hội nghị phải được nêu trước ngày hội nghị ({held}).</translation>
    </message>
    <message>
        <source>The answer is empty.</source>
        <translation>Nội dung trả lời đang trống.</translation>
    </message>
    <message>
        <source>This petition&apos;s answer is published, or the petition is closed or escalated in the petition register: follow it there.</source>
        <translation>Câu trả lời kiến nghị này đã được công khai, hoặc kiến nghị đã kết thúc hay đã chuyển cấp trên trong sổ theo dõi kiến nghị: hãy theo dõi tại đó.</translation>
    </message>
    <message>
        <source>The answer is dated between the petition ({raised}) and the conference day.</source>
        <translation>Ngày trả lời phải từ ngày nêu kiến nghị ({raised}) đến ngày hội nghị.</translation>
    </message>
    <message>
        <source>The resolution has not been issued yet.</source>
        <translation>Nghị quyết chưa được ban hành.</translation>
    </message>
    <message>
        <source>A full conference summons every worker: it has no seats to allocate.</source>
        <translation>Hội nghị toàn thể triệu tập toàn bộ người lao động: không có đại biểu để phân bổ.</translation>
    </message>
    <message>
        <source>Departments have already elected delegates: the seats can no longer change.</source>
        <translation>Các bộ phận đã bầu đại biểu: không thể thay đổi số đại biểu nữa.</translation>
    </message>
    <message>
        <source>A full conference summons every worker: there are no ex officio delegates.</source>
        <translation>Hội nghị toàn thể triệu tập toàn bộ người lao động: không có đại biểu đương nhiên.</translation>
    </message>
    <message>
        <source>Every agenda item needs a title.</source>
        <translation>Mỗi nội dung chương trình phải có tên.</translation>
    </message>
    <message>
        <source>The conference of {year} already exists.</source>
        <translation>Hội nghị năm {year} đã có.</translation>
    </message>
    <message>
        <source>The roster has no active workers: import it before planning the conference.</source>
        <translation>Danh sách chưa có người lao động đang làm việc: hãy nhập danh sách trước khi lập kế hoạch hội nghị.</translation>
    </message>
    <message>
        <source>Finalize the minutes and the resolution, or record the publication, to leave this stage.</source>
        <translation>Hãy hoàn tất biên bản và nghị quyết, hoặc ghi nhận việc công khai, để chuyển bước.</translation>
    </message>
    <message>
        <source>The conference of {year} must be held in {year}.</source>
        <translation>Hội nghị năm {year} phải được tổ chức trong năm {year}.</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>Kinh phí không thể là số âm.</translation>
    </message>
    <message>
        <source>With fewer than {limit} workers the conference is a full conference (rule C2).</source>
        <translation>Dưới {limit} người lao động thì tổ chức hội nghị toàn thể (quy tắc C2).</translation>
    </message>
    <message>
        <source>Every article needs a title.</source>
        <translation>Mỗi điều phải có tên.</translation>
    </message>
    <message>
        <source>A commitment needs both who carries it out and by when.</source>
        <translation>Nội dung cần thực hiện phải ghi cả người chịu trách nhiệm và thời hạn.</translation>
    </message>
    <message>
        <source>A commitment cannot fall due before the conference.</source>
        <translation>Thời hạn thực hiện không thể trước ngày hội nghị.</translation>
    </message>
    <message>
        <source>The minutes and the resolution are final: they can no longer be changed. Issue a correction instead.</source>
        <translation>Biên bản và nghị quyết đã hoàn tất, không thể sửa. Hãy ban hành văn bản đính chính.</translation>
    </message>
    <message>
        <source>A resolution needs at least one article.</source>
        <translation>Nghị quyết phải có ít nhất một điều.</translation>
    </message>
    <message>
        <source>The minutes record nothing of what was said: write the minutes of the agenda items first.</source>
        <translation>Biên bản chưa ghi nội dung nào của hội nghị: hãy ghi biên bản các nội dung chương trình trước.</translation>
    </message>
    <message>
        <source>The conference cannot close before it opened.</source>
        <translation>Hội nghị không thể bế mạc trước khi khai mạc.</translation>
    </message>
    <message>
        <source>Only an issued resolution is corrected; a draft is edited.</source>
        <translation>Chỉ đính chính nghị quyết đã ban hành; dự thảo thì sửa trực tiếp.</translation>
    </message>
    <message>
        <source>There is no correction to issue: start one first.</source>
        <translation>Chưa có bản đính chính để ban hành: hãy bắt đầu đính chính trước.</translation>
    </message>
    <message>
        <source>Say why the resolution is corrected.</source>
        <translation>Hãy ghi rõ lý do đính chính nghị quyết.</translation>
    </message>
    <message>
        <source>Say where the resolution was published.</source>
        <translation>Hãy ghi rõ nơi công khai nghị quyết.</translation>
    </message>
    <message>
        <source>Numbers of workers, ballots and votes cannot be negative.</source>
        <translation>Số người lao động, số phiếu và số phiếu biểu quyết không được là số âm.</translation>
    </message>
    <message>
        <source>The enterprise must have at least one worker; {workforce} given.</source>
        <translation>Doanh nghiệp phải có ít nhất một người lao động; số đã nhập: {workforce}.</translation>
    </message>
    <message>
        <source>More ballots were issued ({issued}) than the enterprise has workers ({workforce}).</source>
        <translation>Số phiếu phát ra ({issued}) nhiều hơn số người lao động của doanh nghiệp ({workforce}).</translation>
    </message>
    <message>
        <source>More ballots were returned ({returned}) than issued ({issued}).</source>
        <translation>Số phiếu thu về ({returned}) nhiều hơn số phiếu phát ra ({issued}).</translation>
    </message>
    <message>
        <source>Votes in favour ({in_favour}), against ({against}) and invalid ({invalid}) add up to {total}, not to the {returned} ballots returned.</source>
        <translation>Số phiếu tán thành ({in_favour}), không tán thành ({against}) và không hợp lệ ({invalid}) cộng lại là {total}, không khớp với {returned} phiếu thu về.</translation>
    </message>
    <message>
        <source>The agreement may be signed only after more than half of all workers voted for it (Labour Code Art 76.1).</source>
        <translation>Thỏa ước chỉ được ký kết khi có trên 50% tổng số người lao động của doanh nghiệp biểu quyết tán thành (khoản 1 Điều 76 Bộ luật Lao động).</translation>
    </message>
    <message>
        <source>The agreement cannot be signed ({signed}) before the vote ({vote}).</source>
        <translation>Không thể ký kết thỏa ước ({signed}) trước ngày biểu quyết ({vote}).</translation>
    </message>
    <message>
        <source>The agreement cannot take effect ({written}) before it is signed ({signed}).</source>
        <translation>Thỏa ước không thể có hiệu lực ({written}) trước ngày ký kết ({signed}).</translation>
    </message>
    <message>
        <source>The term of an agreement (or of a clause) must be from 1 to 3 years (12 to 36 months); {months} months given.</source>
        <translation>Thời hạn của thỏa ước (hoặc của một điều khoản) phải từ 1 đến 3 năm (từ 12 đến 36 tháng); thời hạn đã nhập: {months} tháng.</translation>
    </message>
    <message>
        <source>An agreement cannot expire ({expires}) before it takes effect ({effective}).</source>
        <translation>Thỏa ước không thể hết hạn ({expires}) trước ngày có hiệu lực ({effective}).</translation>
    </message>
    <message>
        <source>Chapters and clauses are numbered from 1 (chapter {chapter}, clause {number}).</source>
        <translation>Chương và điều được đánh số từ 1 (chương {chapter}, điều {number}).</translation>
    </message>
    <message>
        <source>Two clauses are numbered {number}: the articles of an agreement are numbered once through all its chapters (Điều 1, 2, 3…).</source>
        <translation>Có hai điều cùng số {number}: các điều của thỏa ước được đánh số liên tục qua tất cả các chương (Điều 1, 2, 3…).</translation>
    </message>
    <message>
        <source>Chapter {chapter} has two different titles.</source>
        <translation>Chương {chapter} có hai tên khác nhau.</translation>
    </message>
    <message>
        <source>Clause {number} of chapter {chapter} needs a title and a text.</source>
        <translation>Điều {number} của chương {chapter} phải có tiêu đề và nội dung.</translation>
    </message>
    <message>
        <source>The agreed end of bargaining ({end}) cannot be before its start ({start}).</source>
        <translation>Ngày kết thúc thương lượng đã thỏa thuận ({end}) không thể trước ngày bắt đầu ({start}).</translation>
    </message>
    <message>
        <source>A session cannot be dated before the request ({requested}).</source>
        <translation>Ngày phiên họp không thể trước ngày yêu cầu thương lượng ({requested}).</translation>
    </message>
    <message>
        <source>A session cannot be dated before the previous session ({previous}).</source>
        <translation>Ngày phiên họp không thể trước phiên họp trước đó ({previous}).</translation>
    </message>
    <message>
        <source>A failure cannot be dated before the request ({requested}).</source>
        <translation>Ngày ghi nhận thương lượng không thành không thể trước ngày yêu cầu thương lượng ({requested}).</translation>
    </message>
    <message>
        <source>Bargaining started on {started}, within the time limit ({due}): it was not refused or late.</source>
        <translation>Thương lượng đã bắt đầu ngày {started}, trong thời hạn ({due}): không có việc từ chối hay chậm bắt đầu thương lượng.</translation>
    </message>
    <message>
        <source>Bargaining has not started, so its time cannot have run out.</source>
        <translation>Thương lượng chưa bắt đầu nên chưa thể hết thời hạn thương lượng.</translation>
    </message>
    <message>
        <source>Bargaining may go on until {due}: its time has not run out on {declared}.</source>
        <translation>Thương lượng có thể tiếp tục đến ngày {due}: đến ngày {declared} vẫn chưa hết thời hạn.</translation>
    </message>
    <message>
        <source>The enterprise must have at least one worker; {headcount} given.</source>
        <translation>Doanh nghiệp phải có ít nhất một người lao động; số đã nhập: {headcount}.</translation>
    </message>
    <message>
        <source>Seats must be at least 1 and memberships cannot be negative.</source>
        <translation>Số thành viên cần phân bổ phải từ 1 trở lên và số thành viên của mỗi tổ chức không được là số âm.</translation>
    </message>
    <message>
        <source>The employer holds no worker-side seats.</source>
        <translation>Người sử dụng lao động không có thành viên ở bên người lao động.</translation>
    </message>
    <message>
        <source>No worker organisation has members to share the seats.</source>
        <translation>Không có tổ chức nào của người lao động có thành viên để phân bổ số thành viên đại diện đối thoại.</translation>
    </message>
    <message>
        <source>Worker representatives present ({present}) must be between 0 and those on the list ({listed}), and the list cannot be empty.</source>
        <translation>Số thành viên đại diện bên người lao động có mặt ({present}) phải từ 0 đến số thành viên trong danh sách ({listed}), và danh sách không được để trống.</translation>
    </message>
    <message>
        <source>Supporters ({supporters}) must be between 0 and the worker representatives on the list ({listed}).</source>
        <translation>Số thành viên đồng ý với yêu cầu ({supporters}) phải từ 0 đến số thành viên đại diện bên người lao động trong danh sách ({listed}).</translation>
    </message>
    <message>
        <source>This bargaining has not been recorded as failed.</source>
        <translation>Cuộc thương lượng này chưa được ghi nhận là không thành.</translation>
    </message>
    <message>
        <source>The workers&apos; vote on this draft has not been recorded yet.</source>
        <translation>Chưa ghi nhận kết quả lấy ý kiến người lao động về dự thảo này.</translation>
    </message>
    <message>
        <source>The announcement of this agreement has not been recorded yet.</source>
        <translation>Chưa ghi nhận việc công bố thỏa ước này.</translation>
    </message>
    <message>
        <source>This agreement has not been signed yet.</source>
        <translation>Thỏa ước này chưa được ký kết.</translation>
    </message>
    <message>
        <source>The draft agreement has no clause yet.</source>
        <translation>Dự thảo thỏa ước chưa có điều khoản nào.</translation>
    </message>
    <message>
        <source>A draft cannot be dated before the request ({day}).</source>
        <translation>Ngày của dự thảo không thể trước ngày yêu cầu thương lượng ({day}).</translation>
    </message>
    <message>
        <source>The vote cannot come before the draft was agreed ({day}).</source>
        <translation>Không thể biểu quyết trước ngày các bên thống nhất dự thảo ({day}).</translation>
    </message>
    <message>
        <source>Name the lawful representatives of both parties who sign (Labour Code Art 76.4).</source>
        <translation>Hãy ghi rõ người đại diện hợp pháp của các bên ký kết thỏa ước (khoản 4 Điều 76 Bộ luật Lao động).</translation>
    </message>
    <message>
        <source>The agreement cannot be filed before it was signed ({day}).</source>
        <translation>Không thể gửi thỏa ước trước ngày ký kết ({day}).</translation>
    </message>
    <message>
        <source>Keep the proof of sending (a receipt number, a postal reference or the authority&apos;s acknowledgement).</source>
        <translation>Hãy ghi lại bằng chứng đã gửi (số giấy biên nhận, mã bưu gửi hoặc văn bản xác nhận của cơ quan nhận).</translation>
    </message>
    <message>
        <source>The agreement cannot be announced before it was signed ({day}).</source>
        <translation>Không thể công bố thỏa ước trước ngày ký kết ({day}).</translation>
    </message>
    <message>
        <source>Say where the agreement was announced.</source>
        <translation>Hãy ghi rõ nơi công bố thỏa ước.</translation>
    </message>
    <message>
        <source>Clauses are followed once the agreement is signed.</source>
        <translation>Chỉ theo dõi thực hiện các điều khoản sau khi thỏa ước được ký kết.</translation>
    </message>
    <message>
        <source>A progress report cannot be dated before the signing ({day}).</source>
        <translation>Báo cáo tiến độ không thể ghi ngày trước ngày ký kết thỏa ước ({day}).</translation>
    </message>
    <message>
        <source>Say who asked to bargain.</source>
        <translation>Hãy ghi rõ bên yêu cầu thương lượng.</translation>
    </message>
    <message>
        <source>Choose at least one topic to bargain on (Labour Code Art 67).</source>
        <translation>Hãy chọn ít nhất một nội dung thương lượng (Điều 67 Bộ luật Lao động).</translation>
    </message>
    <message>
        <source>The information cannot be asked for before the request ({requested}).</source>
        <translation>Không thể đề nghị cung cấp thông tin trước ngày yêu cầu thương lượng ({requested}).</translation>
    </message>
    <message>
        <source>The time and place cannot be agreed before the request ({requested}).</source>
        <translation>Không thể thống nhất thời gian, địa điểm trước ngày yêu cầu thương lượng ({requested}).</translation>
    </message>
    <message>
        <source>The bargaining cannot start before the day it was arranged ({day}).</source>
        <translation>Thương lượng không thể bắt đầu trước ngày các bên thống nhất thời gian, địa điểm ({day}).</translation>
    </message>
    <message>
        <source>Bargaining must start no later than {due}, 30 days after the request (rule B1, Labour Code Art 70.1); the parties cannot agree a later start. If it cannot start in time, record the failed bargaining (Art 71.a).</source>
        <translation>Thương lượng phải bắt đầu chậm nhất ngày {due}, 30 ngày kể từ ngày nhận yêu cầu (quy tắc B1, khoản 1 Điều 70 Bộ luật Lao động); các bên không được thỏa thuận ngày bắt đầu muộn hơn. Nếu không thể bắt đầu đúng hạn, hãy ghi nhận thương lượng tập thể không thành (điểm a Điều 71).</translation>
    </message>
    <message>
        <source>The information cannot be supplied before it was asked for ({asked}).</source>
        <translation>Không thể cung cấp thông tin trước ngày được đề nghị ({asked}).</translation>
    </message>
    <message>
        <source>The agreed end must come after the request ({requested}).</source>
        <translation>Ngày kết thúc đã thỏa thuận phải sau ngày yêu cầu thương lượng ({requested}).</translation>
    </message>
    <message>
        <source>Bargaining resumes after the failed vote: the session cannot be dated before it ({day}).</source>
        <translation>Thương lượng tiếp tục sau lần biểu quyết không thông qua: phiên họp không thể có ngày trước ngày biểu quyết ({day}).</translation>
    </message>
    <message>
        <source>Name the representatives of both sides: they sign the minutes (Labour Code Art 70.5).</source>
        <translation>Hãy ghi rõ đại diện của các bên: họ là người ký biên bản (khoản 5 Điều 70 Bộ luật Lao động).</translation>
    </message>
    <message>
        <source>Name the note-taker: the minutes carry their signature too.</source>
        <translation>Hãy ghi rõ người ghi biên bản: biên bản cũng có chữ ký của người này.</translation>
    </message>
    <message>
        <source>The minutes must say what was agreed and what is still disputed (Labour Code Art 70.5).</source>
        <translation>Biên bản phải ghi rõ nội dung đã thỏa thuận và nội dung còn ý kiến khác nhau (khoản 5 Điều 70 Bộ luật Lao động).</translation>
    </message>
    <message>
        <source>The next session must come after this one ({day}).</source>
        <translation>Phiên họp tiếp theo phải sau phiên họp này ({day}).</translation>
    </message>
    <message>
        <source>The minutes cannot be published before the session ({day}).</source>
        <translation>Không thể công bố biên bản trước ngày họp ({day}).</translation>
    </message>
    <message>
        <source>Say where the minutes were published.</source>
        <translation>Hãy ghi rõ nơi công bố biên bản.</translation>
    </message>
    <message>
        <source>The bargaining cannot end before its last session ({day}).</source>
        <translation>Thương lượng không thể kết thúc trước phiên họp cuối cùng ({day}).</translation>
    </message>
    <message>
        <source>The failure cannot be dated before the last session ({day}).</source>
        <translation>Ngày ghi nhận thương lượng không thành không thể trước phiên họp cuối cùng ({day}).</translation>
    </message>
    <message>
        <source>Choose the agreement that the amendment or renewal changes.</source>
        <translation>Hãy chọn thỏa ước được sửa đổi, bổ sung hoặc gia hạn.</translation>
    </message>
    <message>
        <source>Only a signed agreement can be amended or renewed.</source>
        <translation>Chỉ thỏa ước đã ký kết mới được sửa đổi, bổ sung hoặc gia hạn.</translation>
    </message>
    <message>
        <source>The request cannot come before the agreement was signed ({day}).</source>
        <translation>Ngày yêu cầu không thể trước ngày ký kết thỏa ước ({day}).</translation>
    </message>
    <message>
        <source>The dialogue cannot be held before {day}.</source>
        <translation>Không thể tổ chức đối thoại trước ngày {day}.</translation>
    </message>
    <message>
        <source>Name the written authorisation of {name}.</source>
        <translation>Hãy ghi rõ văn bản ủy quyền cho {name}.</translation>
    </message>
    <message>
        <source>Only representatives on the list can be present.</source>
        <translation>Chỉ thành viên có trong danh sách mới được ghi nhận có mặt.</translation>
    </message>
    <message>
        <source>Every item needs a title.</source>
        <translation>Mỗi nội dung phải có tên.</translation>
    </message>
    <message>
        <source>An action needs what is to be done and who carries it out.</source>
        <translation>Việc cần làm phải ghi rõ nội dung công việc và người thực hiện.</translation>
    </message>
    <message>
        <source>An action cannot fall due before the dialogue ({day}).</source>
        <translation>Thời hạn thực hiện không thể trước ngày đối thoại ({day}).</translation>
    </message>
    <message>
        <source>The minutes record no agenda item: write what was discussed first.</source>
        <translation>Biên bản chưa ghi nội dung đối thoại nào: hãy ghi những nội dung đã trao đổi trước.</translation>
    </message>
    <message>
        <source>The minutes cannot be signed before the dialogue ({day}).</source>
        <translation>Không thể ký biên bản trước ngày đối thoại ({day}).</translation>
    </message>
    <message>
        <source>The dialogue cannot end ({end}) before it starts ({start}).</source>
        <translation>Cuộc đối thoại không thể kết thúc ({end}) trước khi bắt đầu ({start}).</translation>
    </message>
    <message>
        <source>Write the main points the notice publishes.</source>
        <translation>Hãy ghi nội dung chính cần công khai trong thông báo.</translation>
    </message>
    <message>
        <source>Say where the notice was published.</source>
        <translation>Hãy ghi rõ nơi công khai thông báo.</translation>
    </message>
    <message>
        <source>The notice cannot be published before the dialogue ({day}).</source>
        <translation>Không thể công khai thông báo trước ngày đối thoại ({day}).</translation>
    </message>
    <message>
        <source>Actions are followed once the minutes are signed.</source>
        <translation>Chỉ theo dõi thực hiện các việc đã thống nhất sau khi biên bản đối thoại được ký.</translation>
    </message>
    <message>
        <source>A progress report cannot be dated before {day}.</source>
        <translation>Báo cáo tiến độ không thể ghi ngày trước ngày {day}.</translation>
    </message>
    <message>
        <source>The roster has no active workers: import it before determining the dialogue representatives.</source>
        <translation>Danh sách chưa có người lao động đang làm việc: hãy nhập danh sách trước khi xác định thành viên đại diện đối thoại.</translation>
    </message>
    <message>
        <source>A new list cannot be determined before the list it copies ({day}).</source>
        <translation>Không thể xác định danh sách mới trước ngày xác định danh sách mà nó kế thừa ({day}).</translation>
    </message>
    <message>
        <source>A member is replaced by someone of the same side.</source>
        <translation>Thành viên chỉ được thay thế bằng người cùng bên.</translation>
    </message>
    <message>
        <source>The replacement cannot join before the member leaves ({day}).</source>
        <translation>Người thay thế không thể tham gia trước ngày thành viên cũ thôi tham gia ({day}).</translation>
    </message>
    <message>
        <source>Say where the list was published.</source>
        <translation>Hãy ghi rõ nơi công khai danh sách.</translation>
    </message>
    <message>
        <source>A list cannot be published before it was determined ({day}).</source>
        <translation>Không thể công khai danh sách trước ngày xác định danh sách ({day}).</translation>
    </message>
    <message>
        <source>{name} already left the list on {day}.</source>
        <translation>{name} đã thôi tham gia danh sách từ ngày {day}.</translation>
    </message>
    <message>
        <source>Say why the member leaves the list.</source>
        <translation>Hãy ghi rõ lý do thành viên thôi tham gia.</translation>
    </message>
    <message>
        <source>A member cannot leave before joining the list ({day}).</source>
        <translation>Thành viên không thể thôi tham gia trước ngày tham gia danh sách ({day}).</translation>
    </message>
    <message>
        <source>The employer sits on the employer side; every worker organisation on the worker side.</source>
        <translation>Người sử dụng lao động thuộc bên người sử dụng lao động; mọi tổ chức của người lao động thuộc bên người lao động.</translation>
    </message>
    <message>
        <source>The legal representative sits on the employer side, not the worker side.</source>
        <translation>Người đại diện theo pháp luật thuộc bên người sử dụng lao động, không thuộc bên người lao động.</translation>
    </message>
    <message>
        <source>A member cannot join before the list was determined ({day}).</source>
        <translation>Thành viên không thể tham gia trước ngày xác định danh sách ({day}).</translation>
    </message>
    <message>
        <source>Every member needs a name.</source>
        <translation>Mỗi thành viên phải có họ và tên.</translation>
    </message>
    <message>
        <source>{name} is already on the list.</source>
        <translation>{name} đã có trong danh sách.</translation>
    </message>
    <message>
        <source>{name} is already on the list as the legal representative.</source>
        <translation>{name} đã có trong danh sách với tư cách người đại diện theo pháp luật.</translation>
    </message>
    <message>
        <source>No reply to a request for dialogue is recorded for this dialogue.</source>
        <translation>Cuộc đối thoại này chưa có văn bản trả lời đề nghị đối thoại.</translation>
    </message>
    <message>
        <source>The dialogue has not been held yet: its minutes start with the attendance.</source>
        <translation>Cuộc đối thoại chưa diễn ra: biên bản bắt đầu từ việc điểm danh thành phần tham dự.</translation>
    </message>
    <message>
        <source>The main points of this dialogue have not been published yet.</source>
        <translation>Nội dung chính của cuộc đối thoại này chưa được công khai.</translation>
    </message>
    <message>
        <source>A dialogue on request starts from the written request.</source>
        <translation>Đối thoại khi có yêu cầu phải bắt đầu từ văn bản yêu cầu đối thoại.</translation>
    </message>
    <message>
        <source>Say which event requires the dialogue (Decree 145/2020 Art 41).</source>
        <translation>Hãy ghi rõ vụ việc phải tổ chức đối thoại (Điều 41 Nghị định 145/2020/NĐ-CP).</translation>
    </message>
    <message>
        <source>Write what the request asks to discuss.</source>
        <translation>Hãy ghi nội dung đề nghị đối thoại.</translation>
    </message>
    <message>
        <source>Only worker representatives on the list can back the request.</source>
        <translation>Chỉ thành viên đại diện đối thoại bên người lao động có trong danh sách mới được đồng ý với yêu cầu.</translation>
    </message>
    <message>
        <source>A request of the employer side needs the approval of the legal representative (Decree 145/2020 Art 40.1.a).</source>
        <translation>Yêu cầu của bên người sử dụng lao động phải được người đại diện theo pháp luật đồng ý (điểm a khoản 1 Điều 40 Nghị định 145/2020/NĐ-CP).</translation>
    </message>
    <message>
        <source>Only a request of the worker side is backed by worker representatives.</source>
        <translation>Chỉ yêu cầu của bên người lao động mới cần thành viên đại diện bên người lao động đồng ý.</translation>
    </message>
    <message>
        <source>Write the reply.</source>
        <translation>Hãy ghi nội dung trả lời.</translation>
    </message>
    <message>
        <source>The reply cannot be sent before the request was received ({day}).</source>
        <translation>Không thể gửi văn bản trả lời trước ngày nhận yêu cầu ({day}).</translation>
    </message>
    <message>
        <source>The dialogue cannot be scheduled before the reply ({day}).</source>
        <translation>Ngày đối thoại không thể trước ngày trả lời yêu cầu ({day}).</translation>
    </message>
    <message>
        <source>The dialogue cannot be scheduled before {day}.</source>
        <translation>Ngày đối thoại không thể trước ngày {day}.</translation>
    </message>
    <message>
        <source>Write what the side wants to discuss.</source>
        <translation>Hãy ghi nội dung bên này đề nghị đối thoại.</translation>
    </message>
    <message>
        <source>Determine the dialogue representatives of both sides first.</source>
        <translation>Hãy xác định thành viên đại diện đối thoại của hai bên trước.</translation>
    </message>
    <message>
        <source>The dialogue cannot come before its representatives were determined ({day}).</source>
        <translation>Ngày đối thoại không thể trước ngày xác định thành viên đại diện đối thoại ({day}).</translation>
    </message>
    <message>
        <source>Give the dialogue a title.</source>
        <translation>Hãy đặt tên cho cuộc đối thoại.</translation>
    </message>
    <message>
        <source>The attachment has no file name.</source>
        <translation>Tệp đính kèm không có tên.</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>Tệp {name} không có nội dung.</translation>
    </message>
    <message>
        <source>The file {name} is larger than {limit} MB, the limit for an attachment. Scan it at a lower resolution or split it into several files.</source>
        <translation>Tệp {name} lớn hơn {limit} MB, dung lượng tối đa của một tệp đính kèm. Hãy quét ở độ phân giải thấp hơn hoặc chia thành nhiều tệp.</translation>
    </message>
    <message>
        <source>This step skips a stage or goes back. An item is first sent to the employer, then answered or rejected with reasons, then resolved or escalated.</source>
        <translation>Bước này bỏ qua một bước hoặc quay lại bước trước. Nội dung trước hết được gửi người sử dụng lao động, sau đó được trả lời hoặc bị từ chối có lý do, rồi được giải quyết hoặc chuyển cấp trên.</translation>
    </message>
    <message>
        <source>Write the employer&apos;s answer.</source>
        <translation>Hãy nhập nội dung trả lời của người sử dụng lao động.</translation>
    </message>
    <message>
        <source>Give the reasons for the refusal.</source>
        <translation>Hãy nêu lý do từ chối.</translation>
    </message>
    <message>
        <source>Say to whom the item is escalated and why.</source>
        <translation>Hãy ghi rõ chuyển đến cấp nào và lý do.</translation>
    </message>
    <message>
        <source>The due date ({due}) is before the day the matter was raised ({raised}).</source>
        <translation>Hạn trả lời ({due}) trước ngày tiếp nhận ({raised}).</translation>
    </message>
    <message>
        <source>Petitions of the employee view are filed there by the workers themselves: choose how this one was received.</source>
        <translation>Kiến nghị tại màn hình người lao động do chính người lao động gửi: hãy chọn kênh đã tiếp nhận kiến nghị này.</translation>
    </message>
    <message>
        <source>The employer side records an anonymous petition without the name or the employee of who filed it: only the union officers may know it.</source>
        <translation>Phía người sử dụng lao động chỉ ghi nhận kiến nghị ẩn danh mà không ghi họ tên hay nhân viên đã gửi: chỉ cán bộ công đoàn cơ sở được biết người gửi.</translation>
    </message>
    <message>
        <source>Say to whom on the employer side the petition is sent.</source>
        <translation>Hãy ghi rõ kiến nghị được chuyển đến ai phía người sử dụng lao động.</translation>
    </message>
    <message>
        <source>A petition cannot be sent before it was raised ({raised}).</source>
        <translation>Không thể chuyển kiến nghị trước ngày kiến nghị được nêu ({raised}).</translation>
    </message>
    <message>
        <source>The employer side answers a petition while it is sent to it; this one has moved on.</source>
        <translation>Người sử dụng lao động chỉ trả lời kiến nghị đang được gửi đến mình; kiến nghị này đã chuyển sang bước khác.</translation>
    </message>
    <message>
        <source>The answer cannot be dated before the petition was sent to the employer ({sent}).</source>
        <translation>Ngày trả lời không được trước ngày kiến nghị được chuyển đến người sử dụng lao động ({sent}).</translation>
    </message>
    <message>
        <source>Sending a petition and answering it are steps of their own: send it to the employer, or let the employer side answer it.</source>
        <translation>Chuyển kiến nghị và trả lời kiến nghị là các bước riêng: hãy chuyển kiến nghị đến người sử dụng lao động, hoặc để phía người sử dụng lao động trả lời.</translation>
    </message>
    <message>
        <source>This step cannot be dated before the previous one ({day}).</source>
        <translation>Bước này không được ghi ngày trước bước liền trước ({day}).</translation>
    </message>
    <message>
        <source>Only an answered petition is published: the employer side has not answered it yet.</source>
        <translation>Chỉ công khai kiến nghị đã được trả lời: phía người sử dụng lao động chưa trả lời kiến nghị này.</translation>
    </message>
    <message>
        <source>Say where the answer was published.</source>
        <translation>Hãy ghi rõ nơi công khai nội dung trả lời.</translation>
    </message>
    <message>
        <source>The answer cannot be published before it was given ({day}).</source>
        <translation>Không thể công khai nội dung trả lời trước ngày trả lời ({day}).</translation>
    </message>
    <message>
        <source>Give the date of the decision or of the publication before attaching its evidence.</source>
        <translation>Hãy nhập ngày quyết định hoặc ngày công khai trước khi đính kèm minh chứng.</translation>
    </message>
    <message>
        <source>Say what was published: the entry needs a title.</source>
        <translation>Hãy ghi rõ nội dung đã công khai: mục này cần có tiêu đề.</translation>
    </message>
    <message>
        <source>A publication that has not started has no end date: enter the day it was published first.</source>
        <translation>Nội dung chưa công khai thì chưa có ngày kết thúc: hãy nhập ngày bắt đầu công khai trước.</translation>
    </message>
    <message>
        <source>The item needs a title.</source>
        <translation>Nội dung kiến nghị giám sát cần có tiêu đề.</translation>
    </message>
    <message>
        <source>Say to whom on the employer side the recommendation is addressed.</source>
        <translation>Ghi rõ kiến nghị gửi đến ai phía người sử dụng lao động.</translation>
    </message>
    <message>
        <source>The step is dated {on}, before the item&apos;s last entry ({day}).</source>
        <translation>Bước này ghi ngày {on}, trước lần ghi nhận gần nhất của nội dung kiến nghị ({day}).</translation>
    </message>
    <message>
        <source>Write a note or attach a file.</source>
        <translation>Nhập ghi chú hoặc đính kèm tệp.</translation>
    </message>
    <message>
        <source>The note is dated before the item was raised ({day}).</source>
        <translation>Ghi chú có ngày trước ngày nêu kiến nghị ({day}).</translation>
    </message>
    <message>
        <source>The outcome is published once the employer has answered or the item is closed.</source>
        <translation>Chỉ công khai kết quả sau khi người sử dụng lao động đã trả lời hoặc nội dung kiến nghị đã kết thúc.</translation>
    </message>
    <message>
        <source>Say where the outcome was published.</source>
        <translation>Ghi rõ nơi công khai kết quả.</translation>
    </message>
    <message>
        <source>The outcome cannot be published before it was given ({day}).</source>
        <translation>Không thể công khai kết quả trước ngày có kết quả ({day}).</translation>
    </message>
    <message>
        <source>Choose the supervision plan whose findings raised the item.</source>
        <translation>Chọn kế hoạch kiểm tra, giám sát mà kết luận đã nêu ra nội dung kiến nghị này.</translation>
    </message>
    <message>
        <source>Choose the record the item comes from: the petition, the commitment of the resolution, the dialogue action or the clause of the agreement.</source>
        <translation>Chọn hồ sơ làm phát sinh nội dung kiến nghị: kiến nghị của người lao động, nội dung cam kết của nghị quyết, việc cần thực hiện sau đối thoại hoặc điều khoản của thỏa ước lao động tập thể.</translation>
    </message>
    <message>
        <source>The findings of this supervision plan have not been recorded yet.</source>
        <translation>Kết quả kiểm tra, giám sát của kế hoạch này chưa được ghi nhận.</translation>
    </message>
    <message>
        <source>The report on {year} cannot be made before that year begins.</source>
        <translation>Chưa thể lập báo cáo năm {year} trước khi năm đó bắt đầu.</translation>
    </message>
    <message>
        <source>Write the findings.</source>
        <translation>Nhập kết luận kiểm tra, giám sát.</translation>
    </message>
    <message>
        <source>The findings cannot be dated before the supervision starts ({day}).</source>
        <translation>Ngày kết luận không thể trước ngày bắt đầu kiểm tra, giám sát ({day}).</translation>
    </message>
    <message>
        <source>The plan needs a title.</source>
        <translation>Kế hoạch kiểm tra, giám sát cần có tên.</translation>
    </message>
    <message>
        <source>The supervision cannot end ({end}) before it starts ({start}).</source>
        <translation>Ngày kết thúc kiểm tra, giám sát ({end}) không thể trước ngày bắt đầu ({start}).</translation>
    </message>
    <message>
        <source>The findings of this plan are recorded: the plan is final.</source>
        <translation>Đã ghi kết luận của kế hoạch này: kế hoạch không thể sửa nữa.</translation>
    </message>
    <message>
        <source>{day} is after today ({today}): record what has happened, on the day it happened.</source>
        <translation>Ngày {day} sau ngày hôm nay ({today}): chỉ ghi nhận việc đã xảy ra, đúng ngày xảy ra.</translation>
    </message>
</context>
<context>
    <name>EvidenceFiles</name>
    <message>
        <source>Attach evidence</source>
        <translation>Đính kèm minh chứng</translation>
    </message>
    <message>
        <source>Photos, scans and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx *.txt);;All files (*)</source>
        <translation>Ảnh, bản quét và tài liệu (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx *.txt);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>The file cannot be read or written: {reason}</source>
        <translation>Không đọc hoặc ghi được tệp: {reason}</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{name} ({size}, added on {day} by {by})</source>
        <translation>{name} ({size}, {by} thêm ngày {day})</translation>
    </message>
    <message>
        <source>Save a copy of the evidence</source>
        <translation>Lưu bản sao minh chứng</translation>
    </message>
</context>
<context>
    <name>FinalizeDialog</name>
    <message>
        <source>Finalize minutes and resolution</source>
        <translation>Hoàn tất biên bản và nghị quyết</translation>
    </message>
    <message>
        <source>The chair closes the conference. The minutes and the resolution become final and take their numbers from this year&apos;s series; each article that names who carries it out and by when becomes a tracked commitment.

A final document is never changed again: a mistake is put right by issuing a correction, a new version with its own number.</source>
        <translation>Chủ tọa bế mạc hội nghị. Biên bản và nghị quyết được hoàn tất và lấy số theo sổ văn bản của năm; mỗi điều có ghi đơn vị thực hiện và thời hạn trở thành một nội dung cam kết được theo dõi.

Văn bản đã hoàn tất không bao giờ được sửa lại: sai sót được khắc phục bằng việc ban hành văn bản đính chính, là một phiên bản mới có số riêng.</translation>
    </message>
    <message>
        <source>Closing time</source>
        <translation>Thời điểm bế mạc</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Hoàn tất</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>Article</source>
        <translation>Điều</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Nội dung thực hiện</translation>
    </message>
    <message>
        <source>Carried out by</source>
        <translation>Đơn vị thực hiện</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Cập nhật gần nhất</translation>
    </message>
    <message>
        <source>{status}, overdue</source>
        <translation>{status}, quá hạn</translation>
    </message>
    <message>
        <source>Report progress…</source>
        <translation>Báo cáo tiến độ…</translation>
    </message>
    <message>
        <source>Commitments of the resolution</source>
        <translation>Các nội dung cam kết thực hiện của nghị quyết</translation>
    </message>
    <message>
        <source>Print 6-month review…</source>
        <translation>In báo cáo kiểm tra đánh giá 6 tháng…</translation>
    </message>
    <message>
        <source>6-month review</source>
        <translation>Kiểm tra đánh giá 6 tháng</translation>
    </message>
    <message>
        <source>Commitments are followed once the resolution is adopted: each article that names who carries it out and by when becomes one.</source>
        <translation>Các nội dung cam kết được theo dõi sau khi nghị quyết được thông qua: mỗi điều có ghi đơn vị thực hiện và thời hạn trở thành một nội dung cam kết.</translation>
    </message>
    <message>
        <source>{count} done</source>
        <translation>{count} đã hoàn thành</translation>
    </message>
    <message>
        <source>{count} in progress</source>
        <translation>{count} đang thực hiện</translation>
    </message>
    <message>
        <source>{count} not started</source>
        <translation>{count} chưa thực hiện</translation>
    </message>
    <message>
        <source>{count} dropped</source>
        <translation>{count} không tiếp tục thực hiện</translation>
    </message>
    <message>
        <source>{counts}; {overdue} of them overdue</source>
        <translation>{counts}; trong đó {overdue} quá hạn</translation>
    </message>
    <message>
        <source>The employer and the union check and evaluate the implementation of the resolution every 6 months and notify all workers of the result (rule C7, {article}).</source>
        <translation>Người sử dụng lao động và công đoàn cơ sở kiểm tra, đánh giá việc thực hiện nghị quyết 6 tháng một lần và thông báo kết quả đến toàn thể người lao động (quy tắc C7, {article}).</translation>
    </message>
    <message>
        <source>next</source>
        <translation>kỳ tới</translation>
    </message>
    <message>
        <source>Adopted on {day}. Reviews due: {dates}</source>
        <translation>Thông qua ngày {day}. Các kỳ kiểm tra đánh giá: {dates}</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Báo cáo tiến độ</translation>
    </message>
    <message>
        <source>Select a commitment first.</source>
        <translation>Hãy chọn một nội dung cam kết trước.</translation>
    </message>
    <message>
        <source>Review of the resolution</source>
        <translation>Báo cáo kiểm tra đánh giá thực hiện nghị quyết</translation>
    </message>
</context>
<context>
    <name>HolidayDialog</name>
    <message>
        <source>Add a holiday</source>
        <translation>Thêm ngày nghỉ lễ</translation>
    </message>
    <message>
        <source>e.g. Compensatory day off for National Day</source>
        <translation>Ví dụ: Nghỉ bù ngày Quốc khánh</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Import the employee roster</source>
        <translation>Nhập danh sách lao động</translation>
    </message>
    <message>
        <source>Choose the roster file (.xlsx or .csv in UTF-8). The first row holds the column titles, in Vietnamese or English: Mã NV, Họ và tên, Giới tính, Ngày sinh, Phòng ban, Chức vụ, Ngày vào làm, Loại hợp đồng, Đoàn viên công đoàn, Trạng thái. Employees already in the roster are updated by their code. If any row is wrong, nothing is imported and every problem is listed.</source>
        <translation>Chọn tệp danh sách lao động (.xlsx hoặc .csv mã hóa UTF-8). Dòng đầu tiên chứa tên các cột, bằng tiếng Việt hoặc tiếng Anh: Mã NV, Họ và tên, Giới tính, Ngày sinh, Phòng ban, Chức vụ, Ngày vào làm, Loại hợp đồng, Đoàn viên công đoàn, Trạng thái. Người lao động đã có trong danh sách được cập nhật theo mã nhân viên. Nếu có dòng nào sai, sẽ không có dữ liệu nào được nhập và mọi lỗi đều được liệt kê.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Create the departments that are not in the tree yet</source>
        <translation>Tạo các phòng ban chưa có trong cây phòng ban</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Roster file</source>
        <translation>Tệp danh sách lao động</translation>
    </message>
    <message>
        <source>Roster (*.xlsx *.csv)</source>
        <translation>Danh sách lao động (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Hãy chọn tệp trước.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Đang đọc {name}…</translation>
    </message>
    <message>
        <source>Imported: {inserted} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>Đã nhập: thêm mới {inserted}, cập nhật {updated}, giữ nguyên {unchanged}.</translation>
    </message>
    <message>
        <source>New departments: {names}.</source>
        <translation>Phòng ban mới: {names}.</translation>
    </message>
    <message>
        <source>{count} problems were found; nothing was imported. Correct the file and import it again.</source>
        <translation>Phát hiện {count} lỗi; chưa có dữ liệu nào được nhập. Hãy sửa tệp rồi nhập lại.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Raise a supervision item</source>
        <translation>Nêu kiến nghị giám sát</translation>
    </message>
    <message>
        <source>e.g. Overtime above the legal limit in the sewing workshop</source>
        <translation>Ví dụ: Làm thêm giờ vượt giới hạn luật định tại xưởng may</translation>
    </message>
    <message>
        <source>e.g. Director; Head of the HR department</source>
        <translation>Ví dụ: Giám đốc; Trưởng phòng Hành chính - Nhân sự</translation>
    </message>
    <message>
        <source>What was found or raised</source>
        <translation>Nội dung phát hiện hoặc được phản ánh</translation>
    </message>
    <message>
        <source>What the union recommends the employer do</source>
        <translation>Công đoàn cơ sở kiến nghị người sử dụng lao động thực hiện những gì</translation>
    </message>
    <message>
        <source>e.g. Labour Code 2019 Art 107</source>
        <translation>Ví dụ: Điều 107 Bộ luật Lao động 2019</translation>
    </message>
    <message>
        <source>Set the due date by hand</source>
        <translation>Tự đặt hạn trả lời</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Nguồn phát sinh</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Hồ sơ liên quan</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Nội dung giám sát</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Gửi đến</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Ngày nêu</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <source>Otherwise rule S1 counts it: the regulation&apos;s days (15 by default) from the day the employer receives the recommendation.</source>
        <translation>Nếu không, hạn được tính theo quy tắc S1: số ngày theo quy chế (mặc định 15 ngày) kể từ ngày người sử dụng lao động nhận kiến nghị.</translation>
    </message>
    <message>
        <source>Raise</source>
        <translation>Nêu kiến nghị</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>An inspection or the union&apos;s own motion links to no record.</source>
        <translation>Kiến nghị từ thanh tra, kiểm tra hoặc do công đoàn cơ sở tự nêu không gắn với hồ sơ nào.</translation>
    </message>
    <message>
        <source>There is no record of this kind to link to.</source>
        <translation>Chưa có hồ sơ loại này để liên kết.</translation>
    </message>
</context>
<context>
    <name>ItemStepDialog</name>
    <message>
        <source>What happened, what the evidence shows</source>
        <translation>Diễn biến, nội dung tài liệu chứng minh</translation>
    </message>
    <message>
        <source>How and to whom it was sent (optional)</source>
        <translation>Gửi bằng hình thức nào, cho ai (không bắt buộc)</translation>
    </message>
    <message>
        <source>The employer&apos;s answer: what it will do, and by when</source>
        <translation>Trả lời của người sử dụng lao động: sẽ làm gì, đến khi nào</translation>
    </message>
    <message>
        <source>The reasons for the refusal</source>
        <translation>Lý do từ chối</translation>
    </message>
    <message>
        <source>To whom it is escalated (the upper-level union, the labour authority) and why</source>
        <translation>Chuyển đến đâu (công đoàn cấp trên cơ sở, cơ quan quản lý nhà nước về lao động) và lý do</translation>
    </message>
    <message>
        <source>How it was resolved (optional)</source>
        <translation>Kết quả giải quyết (không bắt buộc)</translation>
    </message>
    <message>
        <source>Add a note or evidence</source>
        <translation>Thêm ghi chú hoặc tài liệu chứng minh</translation>
    </message>
    <message>
        <source>Record a step</source>
        <translation>Ghi nhận bước xử lý</translation>
    </message>
    <message>
        <source>Item no. {id}: {title}</source>
        <translation>Kiến nghị giám sát số {id}: {title}</translation>
    </message>
    <message>
        <source>Now: {status}</source>
        <translation>Hiện tại: {status}</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ tệp</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Bước tiếp theo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tài liệu chứng minh</translation>
    </message>
    <message>
        <source>Photos, scanned letters or documents, up to 10 MB each; they are kept in the database with the item.</source>
        <translation>Ảnh chụp, văn bản scan hoặc tài liệu, mỗi tệp tối đa 10 MB; được lưu trong cơ sở dữ liệu cùng kiến nghị.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ItemsPanel</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Employer says</source>
        <translation>Ý kiến NSDLĐ</translation>
    </message>
    <message>
        <source>Workers say</source>
        <translation>Ý kiến NLĐ</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Đã thống nhất</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Chưa thống nhất</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Carried out by</source>
        <translation>Người/bộ phận thực hiện</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Item discussed</source>
        <translation>Nội dung đối thoại</translation>
    </message>
    <message>
        <source>Employer position</source>
        <translation>Ý kiến bên người sử dụng lao động</translation>
    </message>
    <message>
        <source>Worker position</source>
        <translation>Ý kiến bên người lao động</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Những nội dung đã thống nhất</translation>
    </message>
    <message>
        <source>What was not agreed</source>
        <translation>Những nội dung chưa thống nhất</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nội dung mới</translation>
    </message>
    <message>
        <source>Save item</source>
        <translation>Lưu nội dung</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Xóa nội dung</translation>
    </message>
    <message>
        <source>Agenda items and positions</source>
        <translation>Nội dung đối thoại và ý kiến của hai bên</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Thêm việc cần làm…</translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation>Các việc đã thống nhất thực hiện</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>The database is damaged</source>
        <translation>Cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>SQLite&apos;s check of today&apos;s copy found damage in the database ({detail}). Restore it from an earlier backup (File, Restore from a backup…); the damaged copy was not kept.</source>
        <translation>Kiểm tra của SQLite trên bản sao hôm nay phát hiện cơ sở dữ liệu bị hỏng ({detail}). Hãy khôi phục từ một bản sao lưu trước đó (Tệp, Khôi phục từ bản sao lưu…); bản sao bị hỏng không được giữ lại.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed</source>
        <translation>Sao lưu tự động hôm nay không thành công</translation>
    </message>
    <message>
        <source>The copy {path} could not be written ({detail}). Free some space or make the backup folder writable; the program tries again the next time it opens the database.</source>
        <translation>Không ghi được bản sao {path} ({detail}). Hãy giải phóng dung lượng đĩa hoặc cấp quyền ghi cho thư mục sao lưu; chương trình sẽ thử lại vào lần mở cơ sở dữ liệu tiếp theo.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>A task is still working on the database (an import, an export or a backup). Wait until it is done, then restore the backup.</source>
        <translation>Một tác vụ vẫn đang làm việc với cơ sở dữ liệu (nhập, xuất hoặc sao lưu). Hãy đợi tác vụ hoàn tất rồi khôi phục bản sao lưu.</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>Đã khôi phục cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The database was restored from {backup}. The database it replaced was saved as {saved}. Sign in again.</source>
        <translation>Cơ sở dữ liệu đã được khôi phục từ {backup}. Cơ sở dữ liệu bị thay thế đã được lưu thành {saved}. Hãy đăng nhập lại.</translation>
    </message>
</context>
<context>
    <name>ListPublicationDialog</name>
    <message>
        <source>Record publication</source>
        <translation>Ghi nhận việc công khai</translation>
    </message>
    <message>
        <source>Both sides&apos; lists of dialogue representatives are published at the workplace once determined and whenever they change (Decree 145/2020 Art 38.3).</source>
        <translation>Danh sách thành viên đại diện đối thoại của hai bên được công khai tại nơi làm việc khi xác định và mỗi khi có thay đổi (khoản 3 Điều 38 Nghị định 145/2020/NĐ-CP).</translation>
    </message>
    <message>
        <source>e.g. Notice board of canteen 1</source>
        <translation>Ví dụ: Bảng tin nhà ăn số 1</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Ngày công khai</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — dcs-enterprise</source>
        <translation>Đăng nhập — dcs-enterprise</translation>
    </message>
    <message>
        <source>Officers sign in</source>
        <translation>Cán bộ đăng nhập</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>On the shared computer, employees can read what has been published without signing in.</source>
        <translation>Trên máy tính dùng chung, người lao động có thể xem các nội dung đã công khai mà không cần đăng nhập.</translation>
    </message>
    <message>
        <source>Employee view (no password)</source>
        <translation>Chế độ xem của người lao động (không cần mật khẩu)</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Hãy nhập tên đăng nhập.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Sao lưu cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>dcs-enterprise database (*.sqlite)</source>
        <translation>Cơ sở dữ liệu dcs-enterprise (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup finished</source>
        <translation>Đã sao lưu xong</translation>
    </message>
    <message>
        <source>The database was copied to {path}. Keep the copy on another disk or computer.</source>
        <translation>Cơ sở dữ liệu đã được sao chép vào {path}. Hãy lưu bản sao ở một ổ đĩa hoặc máy tính khác.</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Cơ sở dữ liệu: {path}</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Đang đăng nhập: {name} ({role})</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Candidate</source>
        <translation>Người ứng cử</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã số</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <source>Department meeting</source>
        <translation>Hội nghị phòng ban</translation>
    </message>
    <message>
        <source>Further round: {department}</source>
        <translation>Bầu bổ sung: {department}</translation>
    </message>
    <message>
        <source>One petition per line</source>
        <translation>Mỗi dòng một kiến nghị</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Phòng ban</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Ngày họp</translation>
    </message>
    <message>
        <source>Workers present</source>
        <translation>Số người có mặt</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Hình thức bầu</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Ý kiến thảo luận</translation>
    </message>
    <message>
        <source>Petitions</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Record the meeting</source>
        <translation>Ghi nhận hội nghị</translation>
    </message>
    <message>
        <source>Record the round</source>
        <translation>Ghi nhận vòng bầu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Candidates and votes</source>
        <translation>Người ứng cử và số phiếu</translation>
    </message>
    <message>
        <source>Add candidate…</source>
        <translation>Thêm người ứng cử…</translation>
    </message>
    <message>
        <source>Remove candidate</source>
        <translation>Bỏ người ứng cử</translation>
    </message>
    <message>
        <source>Double-click the votes to type them. The program elects those with more than half of the workers present, most votes first.</source>
        <translation>Nhấp đúp vào ô số phiếu để nhập. Chương trình xác định người trúng cử là người được trên một nửa số người có mặt tán thành, lấy theo số phiếu từ cao xuống thấp.</translation>
    </message>
    <message>
        <source>{workers} workers; {seats} delegate seats to fill.</source>
        <translation>{workers} người lao động; cần bầu {seats} đại biểu.</translation>
    </message>
    <message>
        <source>{workers} workers. A full conference summons every worker: the meeting elects no delegates.</source>
        <translation>{workers} người lao động. Hội nghị toàn thể triệu tập toàn bộ người lao động: hội nghị phòng ban không bầu đại biểu.</translation>
    </message>
    <message>
        <source>{workers} workers; {unfilled} of the {seats} delegate seats still to fill.</source>
        <translation>{workers} người lao động; còn thiếu {unfilled} trong số {seats} đại biểu cần bầu.</translation>
    </message>
    <message>
        <source>Those tied in round {round} stand again; add others of the department who stand too.</source>
        <translation>Những người bằng phiếu ở vòng {round} được bầu lại; thêm người khác của phòng ban nếu họ cũng ứng cử.</translation>
    </message>
    <message>
        <source>Those not elected in round {round} stand again; remove those who withdraw, add others who stand.</source>
        <translation>Những người chưa trúng cử ở vòng {round} được bầu lại; bỏ người rút lui, thêm người khác ứng cử.</translation>
    </message>
    <message>
        <source>Candidate from {department}</source>
        <translation>Người ứng cử thuộc {department}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Meeting of {department} recorded.</source>
        <translation>Đã ghi nhận hội nghị của {department}.</translation>
    </message>
    <message>
        <source>Round {round} of {department} recorded.</source>
        <translation>Đã ghi nhận vòng bầu {round} của {department}.</translation>
    </message>
    <message>
        <source>Elected: {names}</source>
        <translation>Trúng cử: {names}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>không có ai</translation>
    </message>
    <message>
        <source>Tied for the last seat, a further round is needed: {names}</source>
        <translation>Bằng phiếu ở suất cuối cùng, cần bầu thêm vòng nữa: {names}</translation>
    </message>
    <message>
        <source>Seats still to fill: {count}. A further round is needed.</source>
        <translation>Còn thiếu {count} đại biểu: cần bầu bổ sung.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Replace a representative — {side}</source>
        <translation>Thay thế thành viên đại diện đối thoại — {side}</translation>
    </message>
    <message>
        <source>Add a representative — {side}</source>
        <translation>Thêm thành viên đại diện đối thoại — {side}</translation>
    </message>
    <message>
        <source>e.g. left the company; changed job; resigned from the group</source>
        <translation>Ví dụ: nghỉ việc; chuyển công việc; xin rút khỏi nhóm</translation>
    </message>
    <message>
        <source>Nobody chosen from the roster</source>
        <translation>Chưa chọn ai</translation>
    </message>
    <message>
        <source>Choose from the roster…</source>
        <translation>Chọn người lao động…</translation>
    </message>
    <message>
        <source>Or type the name of someone not on the roster</source>
        <translation>Hoặc nhập họ tên người không có trong danh sách người lao động</translation>
    </message>
    <message>
        <source>The legal representative of the enterprise</source>
        <translation>Người đại diện theo pháp luật của doanh nghiệp</translation>
    </message>
    <message>
        <source>Replacing</source>
        <translation>Thay thế</translation>
    </message>
    <message>
        <source>Leaves on</source>
        <translation>Thôi tham gia từ ngày</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Danh sách người lao động</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Bộ phận</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Joins on</source>
        <translation>Tham gia từ ngày</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Thay thế</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Choose a representative</source>
        <translation>Chọn thành viên đại diện đối thoại</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>Legal representative</source>
        <translation>Người đại diện theo pháp luật</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Bộ phận</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Tham gia từ</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Thôi tham gia</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>Show former members</source>
        <translation>Hiện cả thành viên đã thôi</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>End membership…</source>
        <translation>Cho thôi tham gia…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Thay thế…</translation>
    </message>
    <message>
        <source>Select a current member first.</source>
        <translation>Hãy chọn một thành viên hiện tại trước.</translation>
    </message>
    <message>
        <source>End membership</source>
        <translation>Cho thôi tham gia</translation>
    </message>
    <message>
        <source>{name} leaves the list of dialogue representatives. The side chooses a replacement and publishes the change (Decree 145/2020 Art 38.3).</source>
        <translation>{name} thôi là thành viên đại diện đối thoại. Bên có thành viên thôi tham gia cử người thay thế và công khai sự thay đổi (khoản 3 Điều 38 Nghị định 145/2020/NĐ-CP).</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>What was presented, said and decided on this item</source>
        <translation>Nội dung đã trình bày, ý kiến phát biểu và kết luận của mục này</translation>
    </message>
    <message>
        <source>This item is done</source>
        <translation>Đã xong mục này</translation>
    </message>
    <message>
        <source>Save item</source>
        <translation>Lưu mục</translation>
    </message>
    <message>
        <source>Minutes of the selected item</source>
        <translation>Biên bản của mục đang chọn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Guests, opening and closing</source>
        <translation>Khách mời, khai mạc và bế mạc</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Khách mời</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Khai mạc</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Bế mạc</translation>
    </message>
    <message>
        <source>{number}. {title} — {presenter}</source>
        <translation>{number}. {title} — {presenter}</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Chưa lưu.</translation>
    </message>
    <message>
        <source>Item {number} saved.</source>
        <translation>Đã lưu mục {number}.</translation>
    </message>
    <message>
        <source>Minutes saved.</source>
        <translation>Đã lưu biên bản.</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <source>Signs for</source>
        <translation>Ký thay mặt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Signatories (rule D8, Decree 145/2020 Art 39.4)</source>
        <translation>Người ký biên bản (quy tắc D8, khoản 4 Điều 39 Nghị định 145/2020/NĐ-CP)</translation>
    </message>
    <message>
        <source>The minutes are signed by the employer&apos;s legal representative (or the person authorised in writing) and by a representative of each worker representative organisation and of the dialogue representative group on the list.</source>
        <translation>Biên bản đối thoại có chữ ký của người đại diện theo pháp luật của người sử dụng lao động (hoặc người được ủy quyền bằng văn bản) và của đại diện mỗi tổ chức đại diện người lao động tại cơ sở và nhóm đại diện đối thoại có trong danh sách.</translation>
    </message>
    <message>
        <source>Sign and finalize…</source>
        <translation>Ký và hoàn tất biên bản…</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Ký biên bản</translation>
    </message>
    <message>
        <source>Signed on, dialogue ended at</source>
        <translation>Ngày ký, giờ kết thúc đối thoại</translation>
    </message>
    <message>
        <source>The signatories appear once the attendance is recorded on the dialogue day.</source>
        <translation>Danh sách người ký hiện ra khi đã ghi nhận thành phần tham dự trong ngày đối thoại.</translation>
    </message>
    <message>
        <source>Warning: the minutes record nothing of substance — no point agreed or not agreed, and no position of more than a few words. Minutes like these do not show that a real dialogue took place.</source>
        <translation>Cảnh báo: biên bản không ghi nhận nội dung thực chất — không có nội dung đã thống nhất hay chưa thống nhất, và không có ý kiến nào dài quá vài từ. Biên bản như vậy không cho thấy cuộc đối thoại đã thực sự diễn ra.</translation>
    </message>
    <message>
        <source>Minutes No. {number} signed on {day}; the dialogue ended at {end}. They are final and cannot be changed.</source>
        <translation>Biên bản số {number} ký ngày {day}; cuộc đối thoại kết thúc lúc {end}. Biên bản là bản chính thức, không thể sửa.</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>Chưa ký.</translation>
    </message>
    <message>
        <source>Sign the minutes of &quot;{title}&quot;? Once signed they are final: nothing of this dialogue can be changed.</source>
        <translation>Ký biên bản cuộc đối thoại &quot;{title}&quot;? Sau khi ký, biên bản là bản chính thức: không thể sửa bất cứ nội dung nào của cuộc đối thoại này.</translation>
    </message>
    <message>
        <source>Sign and finalize</source>
        <translation>Ký và hoàn tất biên bản</translation>
    </message>
    <message>
        <source>Minutes signed</source>
        <translation>Biên bản đã ký</translation>
    </message>
    <message>
        <source>The minutes are No. {number}. Publish the main points within 3 working days (Notice tab).</source>
        <translation>Biên bản số {number}. Hãy công khai nội dung chính trong thời hạn 03 ngày làm việc (thẻ Thông báo).</translation>
    </message>
</context>
<context>
    <name>MomentDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>NewConferenceDialog</name>
    <message>
        <source>New workers&apos; conference</source>
        <translation>Hội nghị người lao động mới</translation>
    </message>
    <message>
        <source>e.g. Hall A, head office</source>
        <translation>ví dụ: Hội trường A, trụ sở chính</translation>
    </message>
    <message>
        <source>The employer and the union may choose the other form together.</source>
        <translation>Người sử dụng lao động và công đoàn cơ sở có thể cùng thống nhất chọn hình thức còn lại.</translation>
    </message>
    <message>
        <source>The rule leaves no choice of form.</source>
        <translation>Quy định không cho phép chọn hình thức khác.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Conference day</source>
        <translation>Ngày tổ chức</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Giờ bắt đầu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>NewDialogueDialog</name>
    <message>
        <source>Dialogue on an incident</source>
        <translation>Đối thoại khi có vụ việc</translation>
    </message>
    <message>
        <source>Schedule a periodic dialogue</source>
        <translation>Lên lịch đối thoại định kỳ</translation>
    </message>
    <message>
        <source>The employer holds dialogue when one of these events happens (Labour Code 2019 Art 63.2.c, Decree 145/2020 Art 41). Say which one.</source>
        <translation>Người sử dụng lao động tổ chức đối thoại khi xảy ra một trong các vụ việc sau (điểm c khoản 2 Điều 63 Bộ luật Lao động 2019, Điều 41 Nghị định 145/2020/NĐ-CP). Hãy chọn vụ việc.</translation>
    </message>
    <message>
        <source>At least one periodic dialogue a year (Labour Code 2019 Art 63.2.a). Each side sends what it wants to discuss at least 5 working days before the day (Decree 145/2020 Art 39.3).</source>
        <translation>Đối thoại định kỳ ít nhất mỗi năm một lần (điểm a khoản 2 Điều 63 Bộ luật Lao động 2019). Mỗi bên gửi nội dung đề nghị đối thoại chậm nhất 05 ngày làm việc trước ngày đối thoại (khoản 3 Điều 39 Nghị định 145/2020/NĐ-CP).</translation>
    </message>
    <message>
        <source>Periodic dialogue {year}</source>
        <translation>Đối thoại định kỳ năm {year}</translation>
    </message>
    <message>
        <source>e.g. Meeting room 1</source>
        <translation>Ví dụ: Phòng họp số 1</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên cuộc đối thoại</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Giờ bắt đầu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Lên lịch</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>NoticeTab</name>
    <message>
        <source>The main points of the dialogue: what was agreed, what was not, the actions and who carries them out</source>
        <translation>Nội dung chính của cuộc đối thoại: những nội dung đã thống nhất, chưa thống nhất, các việc cần làm và người thực hiện</translation>
    </message>
    <message>
        <source>e.g. Notice board of canteen 1</source>
        <translation>Ví dụ: Bảng tin nhà ăn số 1</translation>
    </message>
    <message>
        <source>until</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Who posted it</source>
        <translation>Người niêm yết</translation>
    </message>
    <message>
        <source>Publish the notice</source>
        <translation>Công khai thông báo</translation>
    </message>
    <message>
        <source>Notice of the main points</source>
        <translation>Thông báo nội dung chính</translation>
    </message>
    <message>
        <source>Main points</source>
        <translation>Nội dung chính</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Published from</source>
        <translation>Công khai từ ngày</translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation>Người niêm yết</translation>
    </message>
    <message>
        <source>The notice is published once the minutes are signed.</source>
        <translation>Thông báo được công khai sau khi biên bản đối thoại được ký.</translation>
    </message>
</context>
<context>
    <name>OfficersPanel</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Title or position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chủ tọa</translation>
    </message>
    <message>
        <source>Presidium</source>
        <translation>Đoàn chủ tịch</translation>
    </message>
    <message>
        <source>Elected or approved by the conference; the first named chairs it.</source>
        <translation>Do hội nghị bầu hoặc biểu quyết thông qua; người đứng đầu danh sách là chủ tọa.</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Thư ký hội nghị</translation>
    </message>
    <message>
        <source>Writes the minutes; one, or two at most.</source>
        <translation>Ghi biên bản hội nghị; một người, nhiều nhất hai người.</translation>
    </message>
    <message>
        <source>Vote-counting board</source>
        <translation>Ban kiểm phiếu</translation>
    </message>
    <message>
        <source>Counts the votes when the conference votes by ballot.</source>
        <translation>Kiểm phiếu khi hội nghị biểu quyết bằng phiếu kín.</translation>
    </message>
    <message>
        <source>Save officers</source>
        <translation>Lưu thành phần điều hành</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Chưa lưu.</translation>
    </message>
    <message>
        <source>Officers saved.</source>
        <translation>Đã lưu đoàn chủ tịch, thư ký hội nghị và ban kiểm phiếu.</translation>
    </message>
</context>
<context>
    <name>OpenDialog</name>
    <message>
        <source>Open the conference</source>
        <translation>Khai mạc hội nghị</translation>
    </message>
    <message>
        <source>The conference day is recorded afterwards: give the time the chair opened the conference. The planned start is proposed.</source>
        <translation>Ngày hội nghị được ghi lại sau: nhập thời điểm chủ tọa khai mạc hội nghị. Giờ bắt đầu theo kế hoạch được đề xuất sẵn.</translation>
    </message>
    <message>
        <source>The chair opens the conference now. Correct the time if it opened a little earlier.</source>
        <translation>Chủ tọa khai mạc hội nghị ngay bây giờ. Sửa lại giờ nếu hội nghị đã khai mạc sớm hơn một chút.</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>Khai mạc lúc</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Khai mạc</translation>
    </message>
</context>
<context>
    <name>PaperMenu</name>
    <message>
        <source>Print papers…</source>
        <translation>In văn bản…</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Search by name or code, with or without diacritics</source>
        <translation>Tìm theo tên hoặc mã, có dấu hoặc không dấu</translation>
    </message>
    <message>
        <source>Include those who left</source>
        <translation>Gồm cả người đã nghỉ việc</translation>
    </message>
    <message>
        <source>Add employee</source>
        <translation>Thêm người lao động</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>Nhập danh sách…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất ra Excel…</translation>
    </message>
    <message>
        <source>People and departments</source>
        <translation>Người lao động và phòng ban</translation>
    </message>
    <message>
        <source>Edit employee</source>
        <translation>Sửa thông tin</translation>
    </message>
    <message>
        <source>Print the list…</source>
        <translation>In danh sách…</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} người</translation>
    </message>
    <message>
        <source>List of employees</source>
        <translation>Danh sách người lao động</translation>
    </message>
    <message>
        <source>Export the roster</source>
        <translation>Xuất danh sách lao động</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Đã xuất xong</translation>
    </message>
    <message>
        <source>{count} employees were written to {path}.</source>
        <translation>Đã ghi {count} người lao động vào {path}.</translation>
    </message>
</context>
<context>
    <name>PetitionAnswerDialog</name>
    <message>
        <source>Petition no. {id}: {subject}</source>
        <translation>Kiến nghị số {id}: {subject}</translation>
    </message>
    <message>
        <source>Reject with reasons</source>
        <translation>Từ chối (nêu rõ lý do)</translation>
    </message>
    <message>
        <source>Answer the petition</source>
        <translation>Trả lời kiến nghị</translation>
    </message>
    <message>
        <source>Why the petition cannot be met, and on what grounds</source>
        <translation>Lý do không thể đáp ứng kiến nghị và căn cứ</translation>
    </message>
    <message>
        <source>The employer&apos;s answer: what it will do, and by when</source>
        <translation>Trả lời của người sử dụng lao động: sẽ làm gì, đến khi nào</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Resolve or escalate</source>
        <translation>Kết thúc hoặc chuyển cấp trên</translation>
    </message>
    <message>
        <source>How it was settled; or to whom it is escalated and why</source>
        <translation>Kết quả giải quyết; hoặc chuyển đến đâu và lý do</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>Trả lời: {answer}</translation>
    </message>
</context>
<context>
    <name>PetitionDialog</name>
    <message>
        <source>Answer a petition</source>
        <translation>Trả lời kiến nghị</translation>
    </message>
    <message>
        <source>New petition</source>
        <translation>Kiến nghị mới</translation>
    </message>
    <message>
        <source>A worker, a group or a department</source>
        <translation>Một người lao động, một nhóm hoặc một phòng ban</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Người, đơn vị nêu</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Ngày nêu</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>{who}, {day}:
{content}</source>
        <translation>{who}, ngày {day}:
{content}</translation>
    </message>
    <message>
        <source>Answer of the employer</source>
        <translation>Trả lời của người sử dụng lao động</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Ngày trả lời</translation>
    </message>
    <message>
        <source>Save answer</source>
        <translation>Lưu trả lời</translation>
    </message>
    <message>
        <source>Add petition</source>
        <translation>Thêm kiến nghị</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>PetitionFileDialog</name>
    <message>
        <source>Write your petition first.</source>
        <translation>Hãy viết nội dung kiến nghị trước.</translation>
    </message>
    <message>
        <source>Write your name or your team, or file the petition anonymously.</source>
        <translation>Hãy ghi họ tên hoặc tổ, đội của bạn, hoặc gửi kiến nghị ẩn danh.</translation>
    </message>
    <message>
        <source>File a petition</source>
        <translation>Gửi kiến nghị</translation>
    </message>
    <message>
        <source>Write what you want the employer to know, answer or change. The union officers receive your petition, send it to the person in charge on the employer side, and publish the answer here.</source>
        <translation>Viết điều bạn muốn người sử dụng lao động biết, trả lời hoặc thay đổi. Cán bộ công đoàn cơ sở tiếp nhận kiến nghị, chuyển đến người có trách nhiệm của người sử dụng lao động và công khai câu trả lời tại đây.</translation>
    </message>
    <message>
        <source>e.g. The canteen&apos;s evening meal is too small for the night shift.</source>
        <translation>Ví dụ: Suất ăn tối ở nhà ăn quá ít cho ca đêm.</translation>
    </message>
    <message>
        <source>Optional: a few words, e.g. Night shift meals</source>
        <translation>Không bắt buộc: vài chữ, ví dụ Suất ăn ca đêm</translation>
    </message>
    <message>
        <source>Anonymous to everyone but the union officers</source>
        <translation>Ẩn danh với mọi người, trừ cán bộ công đoàn</translation>
    </message>
    <message>
        <source>e.g. Sewing line 3</source>
        <translation>Ví dụ: Chuyền may 3</translation>
    </message>
    <message>
        <source>Your petition</source>
        <translation>Nội dung kiến nghị</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Department or team</source>
        <translation>Bộ phận hoặc tổ, đội</translation>
    </message>
    <message>
        <source>File the petition</source>
        <translation>Gửi kiến nghị</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Optional: seen by the union officers only</source>
        <translation>Không bắt buộc: chỉ cán bộ công đoàn được biết</translation>
    </message>
    <message>
        <source>Only the union officers may know who filed this petition (Law 10/2022 Art 9.2): the employer side, printed papers and this window never show it. Give your name if the union may ask you for details, or leave it empty to stay unknown to everyone. Keep the petition number you will be given: the answer is published here under that number.</source>
        <translation>Chỉ cán bộ công đoàn được biết ai gửi kiến nghị này (khoản 2 Điều 9 Luật Thực hiện dân chủ ở cơ sở 2022): phía người sử dụng lao động, các văn bản in ra và màn hình này không bao giờ hiển thị. Hãy ghi tên nếu công đoàn có thể cần hỏi thêm thông tin, hoặc để trống để không ai biết. Hãy giữ số kiến nghị được cấp: câu trả lời sẽ được công khai tại đây theo số đó.</translation>
    </message>
    <message>
        <source>Your name is seen only by the union officers and the employer&apos;s officers who handle petitions. It never appears in this window or in the published answer. To hide it from the employer side, tick Anonymous.</source>
        <translation>Tên của bạn chỉ được cán bộ công đoàn và cán bộ phía người sử dụng lao động phụ trách kiến nghị nhìn thấy, không bao giờ hiện trên màn hình này hay trong câu trả lời được công khai. Để giữ kín với phía người sử dụng lao động, hãy chọn Ẩn danh.</translation>
    </message>
</context>
<context>
    <name>PetitionRecordDialog</name>
    <message>
        <source>Record a petition</source>
        <translation>Ghi nhận kiến nghị, phản ánh</translation>
    </message>
    <message>
        <source>A short title for the register, e.g. Drinking water in workshop 2</source>
        <translation>Tiêu đề ngắn để ghi sổ, ví dụ: Nước uống tại xưởng 2</translation>
    </message>
    <message>
        <source>What the workers raise or ask for, as received</source>
        <translation>Nội dung người lao động kiến nghị, phản ánh, ghi đúng như khi tiếp nhận</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Ẩn danh</translation>
    </message>
    <message>
        <source>A worker, a team or a department</source>
        <translation>Người lao động, tổ hoặc bộ phận</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Received through</source>
        <translation>Hình thức tiếp nhận</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Người kiến nghị</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The name is kept for the union officers alone: the employer side and the employee view never see who filed an anonymous petition (Law 10/2022 Art 9.2).</source>
        <translation>Chỉ cán bộ công đoàn cơ sở biết tên người kiến nghị: phía người sử dụng lao động và màn hình người lao động không bao giờ thấy ai đã gửi kiến nghị ẩn danh (khoản 2 Điều 9 Luật Thực hiện dân chủ ở cơ sở 2022).</translation>
    </message>
    <message>
        <source>An anonymous petition is recorded without any name: who filed it is known to the union officers alone (Law 10/2022 Art 9.2).</source>
        <translation>Kiến nghị ẩn danh được ghi nhận không kèm tên: chỉ cán bộ công đoàn cơ sở được biết ai đã gửi (khoản 2 Điều 9 Luật Thực hiện dân chủ ở cơ sở 2022).</translation>
    </message>
</context>
<context>
    <name>PetitionRegister</name>
    <message>
        <source>No petition matches. Petitions filed at the employee view appear here; those received by hand, in the suggestion box, by the hotline or at a meeting are recorded with &quot;Record a petition…&quot;.</source>
        <translation>Không có kiến nghị nào phù hợp. Kiến nghị người lao động gửi tại màn hình người lao động hiện ở đây; kiến nghị nhận trực tiếp, qua hòm thư góp ý, đường dây nóng hoặc tại hội nghị được ghi nhận bằng &quot;Ghi nhận kiến nghị…&quot;.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Record a petition…</source>
        <translation>Ghi nhận kiến nghị…</translation>
    </message>
    <message>
        <source>Send to the employer…</source>
        <translation>Chuyển người sử dụng lao động…</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Trả lời…</translation>
    </message>
    <message>
        <source>Reject with reasons…</source>
        <translation>Từ chối có lý do…</translation>
    </message>
    <message>
        <source>Resolve or escalate…</source>
        <translation>Kết thúc hoặc chuyển cấp trên…</translation>
    </message>
    <message>
        <source>Publish the answer…</source>
        <translation>Công khai trả lời…</translation>
    </message>
    <message>
        <source>Raise an item…</source>
        <translation>Nêu kiến nghị giám sát…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Mọi năm</translation>
    </message>
    <message>
        <source>Petition no. {id}: {subject}</source>
        <translation>Kiến nghị số {id}: {subject}</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>Trả lời: {answer}</translation>
    </message>
    <message>
        <source>Publish the answer</source>
        <translation>Công khai trả lời kiến nghị</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Petitioner</source>
        <translation>Người kiến nghị</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <source>Petitions: {count}; awaiting an answer: {waiting}</source>
        <translation>Kiến nghị: {count}; đang chờ trả lời: {waiting}</translation>
    </message>
    <message>
        <source>{day}, {channel}</source>
        <translation>{day}, {channel}</translation>
    </message>
    <message>
        <source>not yet sent</source>
        <translation>chưa chuyển</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Gửi đến</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <source>{by}, {day}</source>
        <translation>{by}, {day}</translation>
    </message>
    <message>
        <source>Reasons for the refusal</source>
        <translation>Lý do từ chối</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>{day}: {where}</source>
        <translation>{day}: {where}</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Công khai</translation>
    </message>
    <message>
        <source>Supervision items raised from it</source>
        <translation>Kiến nghị giám sát phát sinh</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Quá trình xử lý</translation>
    </message>
    <message>
        <source>Received ({channel})</source>
        <translation>Tiếp nhận ({channel})</translation>
    </message>
    <message>
        <source>Sent to {addressee}</source>
        <translation>Chuyển đến {addressee}</translation>
    </message>
    <message>
        <source>The employer side replied</source>
        <translation>Người sử dụng lao động đã trả lời</translation>
    </message>
    <message>
        <source>The answer was published</source>
        <translation>Đã công khai nội dung trả lời</translation>
    </message>
</context>
<context>
    <name>PetitionRouteDialog</name>
    <message>
        <source>Send to the employer</source>
        <translation>Chuyển kiến nghị đến người sử dụng lao động</translation>
    </message>
    <message>
        <source>Petition no. {id}: {title}</source>
        <translation>Kiến nghị số {id}: {title}</translation>
    </message>
    <message>
        <source>e.g. Director; Head of the HR department</source>
        <translation>Ví dụ: Giám đốc; Trưởng phòng Hành chính - Nhân sự</translation>
    </message>
    <message>
        <source>Set another due date</source>
        <translation>Đặt hạn trả lời khác</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Gửi đến</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Ngày chuyển</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Petitions</name>
    <message>
        <source>Employee view</source>
        <translation>Màn hình người lao động</translation>
    </message>
    <message>
        <source>By hand or in writing</source>
        <translation>Trực tiếp hoặc bằng văn bản</translation>
    </message>
    <message>
        <source>Suggestion box</source>
        <translation>Hòm thư góp ý</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Đường dây nóng</translation>
    </message>
    <message>
        <source>Department meeting</source>
        <translation>Hội nghị ở phòng, ban, phân xưởng</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Đối thoại tại nơi làm việc</translation>
    </message>
    <message>
        <source>Workers&apos; conference</source>
        <translation>Hội nghị người lao động</translation>
    </message>
    <message>
        <source>Wages, bonuses and allowances</source>
        <translation>Tiền lương, thưởng, phụ cấp</translation>
    </message>
    <message>
        <source>Working time, overtime and leave</source>
        <translation>Thời giờ làm việc, làm thêm giờ, nghỉ ngơi</translation>
    </message>
    <message>
        <source>Safety, health and working conditions</source>
        <translation>An toàn, vệ sinh lao động và điều kiện làm việc</translation>
    </message>
    <message>
        <source>Social, health and unemployment insurance</source>
        <translation>Bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp</translation>
    </message>
    <message>
        <source>Meals, transport and welfare</source>
        <translation>Bữa ăn ca, đưa đón và phúc lợi</translation>
    </message>
    <message>
        <source>Contracts, internal rules and discipline</source>
        <translation>Hợp đồng lao động, nội quy và kỷ luật lao động</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>PetitionsTab</name>
    <message>
        <source>Raised on</source>
        <translation>Ngày nêu</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Người, đơn vị nêu</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Người trả lời</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Ngày trả lời</translation>
    </message>
    <message>
        <source>(no answer yet)</source>
        <translation>(chưa trả lời)</translation>
    </message>
    <message>
        <source>Add petition…</source>
        <translation>Thêm kiến nghị…</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Trả lời…</translation>
    </message>
    <message>
        <source>Only the employer side answers petitions.</source>
        <translation>Chỉ phía người sử dụng lao động trả lời kiến nghị.</translation>
    </message>
    <message>
        <source>Petitions come from the department meetings and from workers directly, until the stage &quot;Documents and petitions&quot; ends. The employer answers each one in writing before the conference day; the answers are read out at the conference. Unanswered petitions are highlighted.</source>
        <translation>Kiến nghị đến từ hội nghị phòng ban và trực tiếp từ người lao động, cho đến hết giai đoạn &quot;Tài liệu và kiến nghị&quot;. Người sử dụng lao động trả lời bằng văn bản từng kiến nghị trước ngày tổ chức hội nghị; nội dung trả lời được thông báo tại hội nghị. Kiến nghị chưa được trả lời được tô màu.</translation>
    </message>
    <message>
        <source>Petitions: {count}, without an answer: {open}</source>
        <translation>Kiến nghị: {count}, chưa trả lời: {open}</translation>
    </message>
</context>
<context>
    <name>PlanRecordDialogs</name>
    <message>
        <source>Notice to the management</source>
        <translation>Thông báo cho người sử dụng lao động</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Ngày thông báo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Findings of the supervision</source>
        <translation>Kết luận kiểm tra, giám sát</translation>
    </message>
    <message>
        <source>What the team checked and found; the recommendations are then raised as items</source>
        <translation>Đoàn đã kiểm tra những gì và phát hiện gì; sau đó nêu các kiến nghị giám sát</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Report dated</source>
        <translation>Ngày báo cáo</translation>
    </message>
    <message>
        <source>Once recorded, the findings and the plan can no longer be changed.</source>
        <translation>Sau khi ghi nhận, không thể sửa kết luận và kế hoạch nữa.</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Task</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Phụ trách</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Hoàn thành ngày</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Preparation checklist</source>
        <translation>Các bước chuẩn bị</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Đánh dấu đã xong</translation>
    </message>
    <message>
        <source>Due dates count working days back from the conference day ({source}). Open items past their due date are shown in red.</source>
        <translation>Hạn được tính lùi theo ngày làm việc từ ngày tổ chức hội nghị ({source}). Việc chưa xong đã quá hạn được tô đỏ.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Chương trình hội nghị</translation>
    </message>
    <message>
        <source>Edit agenda…</source>
        <translation>Sửa chương trình…</translation>
    </message>
    <message>
        <source>Print agenda…</source>
        <translation>In chương trình…</translation>
    </message>
    <message>
        <source>Conference agenda</source>
        <translation>Chương trình hội nghị</translation>
    </message>
    <message>
        <source>Joint plan</source>
        <translation>Kế hoạch phối hợp tổ chức</translation>
    </message>
    <message>
        <source> VND</source>
        <translation> đồng</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Lưu kế hoạch</translation>
    </message>
    <message>
        <source>Print plan…</source>
        <translation>In kế hoạch…</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày, giờ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích, yêu cầu</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Phân công</translation>
    </message>
    <message>
        <source>Approval of the joint plan</source>
        <translation>Thông qua kế hoạch</translation>
    </message>
    <message>
        <source>Approve for the employer</source>
        <translation>Thông qua (người sử dụng lao động)</translation>
    </message>
    <message>
        <source>Approve for the union</source>
        <translation>Thông qua (công đoàn cơ sở)</translation>
    </message>
    <message>
        <source>Employer side</source>
        <translation>Phía người sử dụng lao động</translation>
    </message>
    <message>
        <source>Union side</source>
        <translation>Phía công đoàn cơ sở</translation>
    </message>
    <message>
        <source>Each side approves the plan for itself (Decree 145/2020 Art 47). Saving a change withdraws both approvals.</source>
        <translation>Mỗi bên tự thông qua kế hoạch về phía mình (Điều 47 Nghị định 145/2020/NĐ-CP). Lưu thay đổi kế hoạch sẽ hủy cả hai lần thông qua.</translation>
    </message>
    <message>
        <source>not approved yet</source>
        <translation>chưa thông qua</translation>
    </message>
    <message>
        <source>approved by {name} on {day}</source>
        <translation>{name} đã thông qua ngày {day}</translation>
    </message>
    <message>
        <source>The plan has been approved. Saving a change withdraws both approvals: the employer and the union must approve it again. Save?</source>
        <translation>Kế hoạch đã được thông qua. Lưu thay đổi sẽ hủy cả hai lần thông qua: người sử dụng lao động và công đoàn cơ sở phải thông qua lại. Lưu?</translation>
    </message>
    <message>
        <source>The conference day ({day}) is past: its records are entered afterwards. Give the day the plan was approved; the department meetings and the invitations come after it.</source>
        <translation>Ngày hội nghị ({day}) đã qua: hồ sơ được nhập lại sau. Hãy nhập ngày kế hoạch được thông qua; hội nghị các phòng ban và việc gửi giấy mời diễn ra sau ngày đó.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Thông qua</translation>
    </message>
    <message>
        <source>Conference plan</source>
        <translation>Kế hoạch tổ chức hội nghị</translation>
    </message>
</context>
<context>
    <name>PreparationTab</name>
    <message>
        <source>Event requiring the dialogue</source>
        <translation>Vụ việc phải tổ chức đối thoại</translation>
    </message>
    <message>
        <source>Request and reply</source>
        <translation>Yêu cầu và văn bản trả lời</translation>
    </message>
    <message>
        <source>Record the reply</source>
        <translation>Ghi nhận văn bản trả lời</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <source>Reply sent on</source>
        <translation>Ngày gửi trả lời</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Nội dung trả lời</translation>
    </message>
    <message>
        <source>Dialogue on</source>
        <translation>Thời gian, địa điểm đối thoại</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Lịch đối thoại</translation>
    </message>
    <message>
        <source>Save the schedule</source>
        <translation>Lưu lịch đối thoại</translation>
    </message>
    <message>
        <source>Day and start</source>
        <translation>Ngày và giờ bắt đầu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>What each side wants to discuss</source>
        <translation>Nội dung đề nghị đối thoại của mỗi bên</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>Ghi nhận đã gửi</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <source>{side}, received on {day}: {content}</source>
        <translation>{side}, nhận ngày {day}: {content}</translation>
    </message>
    <message>
        <source>Approved by the legal representative (Decree 145/2020 Art 40.1.a).</source>
        <translation>Được người đại diện theo pháp luật đồng ý (điểm a khoản 1 Điều 40 Nghị định 145/2020/NĐ-CP).</translation>
    </message>
    <message>
        <source>No agenda deadline applies to this kind of dialogue.</source>
        <translation>Loại đối thoại này không có thời hạn gửi nội dung đề nghị.</translation>
    </message>
</context>
<context>
    <name>PromptDialog</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Publication</name>
    <message>
        <source>Production and business situation</source>
        <translation>Tình hình sản xuất, kinh doanh</translation>
    </message>
    <message>
        <source>Internal rules, wage scales and tables, labour norms</source>
        <translation>Nội quy, quy chế, thang lương, bảng lương, định mức lao động</translation>
    </message>
    <message>
        <source>Collective labour agreement</source>
        <translation>Thỏa ước lao động tập thể</translation>
    </message>
    <message>
        <source>Reward, welfare and worker-contributed funds</source>
        <translation>Quỹ khen thưởng, phúc lợi và các quỹ do người lao động đóng góp</translation>
    </message>
    <message>
        <source>Union fee and social, health and unemployment insurance payments</source>
        <translation>Trích nộp kinh phí công đoàn, đóng bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp</translation>
    </message>
    <message>
        <source>Emulation, rewards, discipline, complaints and denunciations</source>
        <translation>Thi đua, khen thưởng, kỷ luật, giải quyết khiếu nại, tố cáo</translation>
    </message>
    <message>
        <source>Democracy regulation</source>
        <translation>Quy chế dân chủ ở cơ sở tại nơi làm việc</translation>
    </message>
    <message>
        <source>Handling of petitions and feedback</source>
        <translation>Kết quả tiếp nhận, xử lý kiến nghị, phản ánh</translation>
    </message>
    <message>
        <source>Other content required by law</source>
        <translation>Nội dung khác theo quy định của pháp luật</translation>
    </message>
</context>
<context>
    <name>PublicationEntryDialog</name>
    <message>
        <source>Record a publication</source>
        <translation>Ghi nhận nội dung công khai</translation>
    </message>
    <message>
        <source>Edit the publication</source>
        <translation>Sửa nội dung công khai</translation>
    </message>
    <message>
        <source>e.g. Wage scale and table applied from 01/07/2026</source>
        <translation>Ví dụ: Thang lương, bảng lương áp dụng từ 01/07/2026</translation>
    </message>
    <message>
        <source>e.g. Notice board of canteen 1</source>
        <translation>Ví dụ: Bảng tin nhà ăn số 1</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Published from</source>
        <translation>Công khai từ ngày</translation>
    </message>
    <message>
        <source>Posted until</source>
        <translation>Niêm yết đến ngày</translation>
    </message>
    <message>
        <source>What the workers were told, in a few lines: it is shown in the employee view.</source>
        <translation>Tóm tắt nội dung đã công khai cho người lao động, vài dòng: hiện trên màn hình của người lao động.</translation>
    </message>
    <message>
        <source>Matter (P1)</source>
        <translation>Nội dung (P1)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Form (P2)</source>
        <translation>Hình thức (P2)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Nơi công khai</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Untick &quot;Published from&quot; while the decision is not yet published, and &quot;Posted until&quot; while the posting has no end. Where the law binds the timing (rule P3), the decision is published within 15 days and posted for at least 20 consecutive days.</source>
        <translation>Bỏ chọn &quot;Công khai từ ngày&quot; khi quyết định chưa được công khai, và &quot;Niêm yết đến ngày&quot; khi việc niêm yết chưa có ngày kết thúc. Nơi pháp luật quy định thời hạn (quy tắc P3), quyết định được công khai trong 15 ngày và niêm yết ít nhất 20 ngày liên tục.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Add evidence files…</source>
        <translation>Thêm tệp minh chứng…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
</context>
<context>
    <name>PublicationPage</name>
    <message>
        <source>not required</source>
        <translation>không bắt buộc</translation>
    </message>
    <message>
        <source>P3 met</source>
        <translation>Đạt P3</translation>
    </message>
    <message>
        <source>P3 not met</source>
        <translation>Không đạt P3</translation>
    </message>
    <message>
        <source>not yet published</source>
        <translation>chưa công khai</translation>
    </message>
    <message>
        <source>decision date not recorded</source>
        <translation>chưa ghi ngày quyết định</translation>
    </message>
    <message>
        <source>Rule P3 does not bind this enterprise: the timing is not checked.</source>
        <translation>Quy tắc P3 không áp dụng cho doanh nghiệp này: không kiểm tra thời hạn công khai.</translation>
    </message>
    <message>
        <source>Not yet published: publish it by {latest} (rule P3, {article}).</source>
        <translation>Chưa công khai: phải công khai chậm nhất ngày {latest} (quy tắc P3, {article}).</translation>
    </message>
    <message>
        <source>Not yet published.</source>
        <translation>Chưa công khai.</translation>
    </message>
    <message>
        <source>The decision date is not recorded: the timing (P3) cannot be checked.</source>
        <translation>Chưa ghi ngày quyết định: không kiểm tra được thời hạn công khai (P3).</translation>
    </message>
    <message>
        <source>Matter (P1)</source>
        <translation>Nội dung (P1)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Form (P2)</source>
        <translation>Hình thức (P2)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Nơi công khai</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Thời gian công khai</translation>
    </message>
    <message>
        <source>Timing (P3)</source>
        <translation>Thời hạn (P3)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>chưa</translation>
    </message>
    <message>
        <source>Matter: {matter} ({article})</source>
        <translation>Nội dung: {matter} ({article})</translation>
    </message>
    <message>
        <source>Form: {form}</source>
        <translation>Hình thức: {form}</translation>
    </message>
    <message>
        <source>Where: {place}</source>
        <translation>Nơi công khai: {place}</translation>
    </message>
    <message>
        <source>Decided on: {day}</source>
        <translation>Ngày quyết định: {day}</translation>
    </message>
    <message>
        <source>Published: {period}</source>
        <translation>Công khai: {period}</translation>
    </message>
    <message>
        <source>Recorded by: {name}</source>
        <translation>Người ghi nhận: {name}</translation>
    </message>
    <message>
        <source>Publication register</source>
        <translation>Sổ theo dõi công khai</translation>
    </message>
    <message>
        <source>What the employer published to the workers (Decree 145/2020 Art 43): the matter (P1), the form (P2), where, and from when to when, with the evidence. The published entries are shown in the employee view.</source>
        <translation>Các nội dung người sử dụng lao động đã công khai cho người lao động (Điều 43 Nghị định 145/2020/NĐ-CP): nội dung (P1), hình thức (P2), nơi công khai, thời gian từ ngày đến ngày, kèm minh chứng. Các nội dung đã công khai hiện trên màn hình của người lao động.</translation>
    </message>
    <message>
        <source>Record a publication…</source>
        <translation>Ghi nhận nội dung công khai…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Attach evidence…</source>
        <translation>Đính kèm minh chứng…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>The employer side keeps this register; the union reads it to supervise what was published, and when.</source>
        <translation>Phía người sử dụng lao động cập nhật sổ này; công đoàn cơ sở xem để giám sát những nội dung đã công khai và thời điểm công khai.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Lưu bản sao…</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Tệp minh chứng</translation>
    </message>
    <message>
        <source>Rule P3 binds this enterprise (Law 10/2022 Arts 65.2, 66): a decision is published no later than 15 days after it is made and stays posted for at least 20 consecutive days.</source>
        <translation>Quy tắc P3 áp dụng cho doanh nghiệp này (khoản 2 Điều 65, Điều 66 Luật Thực hiện dân chủ ở cơ sở 2022): quyết định được công khai chậm nhất 15 ngày sau khi ban hành và niêm yết ít nhất 20 ngày liên tục.</translation>
    </message>
    <message>
        <source>Rule P3 (publication within 15 days, posted 20 days) binds state-owned enterprises and those that adopt it; it is not checked here.</source>
        <translation>Quy tắc P3 (công khai trong 15 ngày, niêm yết 20 ngày) áp dụng cho doanh nghiệp nhà nước và doanh nghiệp tự nguyện áp dụng; doanh nghiệp này không phải kiểm tra.</translation>
    </message>
    <message>
        <source>Nothing recorded yet. The employer side records here each publication: the internal rules, the wage scales, the funds, the insurance payments, the business results…</source>
        <translation>Chưa ghi nhận nội dung nào. Phía người sử dụng lao động ghi nhận tại đây từng nội dung công khai: nội quy, quy chế, thang lương, bảng lương, các quỹ, việc đóng bảo hiểm, kết quả sản xuất, kinh doanh…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <source>No evidence attached yet.</source>
        <translation>Chưa có minh chứng đính kèm.</translation>
    </message>
</context>
<context>
    <name>PublishOutcomeDialog</name>
    <message>
        <source>e.g. Notice board at the factory gate; employee view</source>
        <translation>Ví dụ: Bảng tin cổng nhà máy; màn hình người lao động</translation>
    </message>
    <message>
        <source>Published where</source>
        <translation>Nơi công khai</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Ngày công khai</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Công khai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>RepresentativesView</name>
    <message>
        <source>New list…</source>
        <translation>Xác định danh sách mới…</translation>
    </message>
    <message>
        <source>Record publication…</source>
        <translation>Ghi nhận việc công khai…</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <source>No list of dialogue representatives is determined yet. Start one with &quot;New list…&quot;: then HR adds the employer side (at least 3, including the legal representative) and the union the worker side (by the enterprise&apos;s headcount).</source>
        <translation>Chưa xác định danh sách thành viên đại diện đối thoại. Hãy bắt đầu bằng &quot;Xác định danh sách…&quot;: sau đó bộ phận nhân sự thêm thành viên bên người sử dụng lao động (ít nhất 03 người, gồm người đại diện theo pháp luật) và công đoàn cơ sở thêm thành viên bên người lao động (theo số lao động của doanh nghiệp).</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Quy định</translation>
    </message>
    <message>
        <source>Determined on {day}</source>
        <translation>Xác định ngày {day}</translation>
    </message>
    <message>
        <source>{list} (current)</source>
        <translation>{list} (hiện hành)</translation>
    </message>
    <message>
        <source>Determine the lists…</source>
        <translation>Xác định danh sách…</translation>
    </message>
    <message>
        <source>Worker side for {headcount} workers — {band}</source>
        <translation>Bên người lao động với {headcount} người lao động — {band}</translation>
    </message>
    <message>
        <source>Determined on {day}; next renewal by {due}. {rule}</source>
        <translation>Xác định ngày {day}; xác định lại chậm nhất ngày {due}. {rule}</translation>
    </message>
    <message>
        <source>Not published at the workplace yet (Decree 145/2020 Art 38.3).</source>
        <translation>Chưa công khai tại nơi làm việc (khoản 3 Điều 38 Nghị định 145/2020/NĐ-CP).</translation>
    </message>
    <message>
        <source>Published on {day}: {form}, {place}.</source>
        <translation>Công khai ngày {day}: {form}, {place}.</translation>
    </message>
    <message>
        <source>{organisation}: {seated} (pro rata {due})</source>
        <translation>{organisation}: {seated} (theo tỷ lệ {due})</translation>
    </message>
    <message>
        <source>Seats by membership: {parts} (rule D4, {article})</source>
        <translation>Số thành viên theo tỷ lệ số người lao động mỗi tổ chức đại diện: {parts} (quy tắc D4, {article})</translation>
    </message>
    <message>
        <source>The lists are determined again at least every 2 years (Decree 145/2020 Art 38.3). The current members of both sides carry over to the new list; each side then adds, ends or replaces its own.</source>
        <translation>Danh sách được xác định lại ít nhất 02 năm một lần (khoản 3 Điều 38 Nghị định 145/2020/NĐ-CP). Các thành viên hiện tại của hai bên được chuyển sang danh sách mới; sau đó mỗi bên tự thêm, cho thôi hoặc thay thế thành viên của mình.</translation>
    </message>
    <message>
        <source>The day both sides&apos; lists are determined. The enterprise&apos;s headcount that day sets the worker side&apos;s size (rule D3).</source>
        <translation>Ngày xác định danh sách của hai bên. Số lao động của doanh nghiệp vào ngày đó quyết định số thành viên bên người lao động (quy tắc D3).</translation>
    </message>
    <message>
        <source>New list</source>
        <translation>Danh sách mới</translation>
    </message>
    <message>
        <source>Determine</source>
        <translation>Xác định</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Record a request for dialogue</source>
        <translation>Ghi nhận yêu cầu đối thoại</translation>
    </message>
    <message>
        <source>Worker side</source>
        <translation>Bên người lao động</translation>
    </message>
    <message>
        <source>Employer side</source>
        <translation>Bên người sử dụng lao động</translation>
    </message>
    <message>
        <source>What the request asks to discuss</source>
        <translation>Nội dung đề nghị đối thoại</translation>
    </message>
    <message>
        <source>Worker representatives who back the request (Decree 145/2020 Art 40.1.b):</source>
        <translation>Thành viên đại diện đối thoại bên người lao động đồng ý với yêu cầu (điểm b khoản 1 Điều 40 Nghị định 145/2020/NĐ-CP):</translation>
    </message>
    <message>
        <source>Approved by the legal representative (Decree 145/2020 Art 40.1.a)</source>
        <translation>Được người đại diện theo pháp luật đồng ý (điểm a khoản 1 Điều 40 Nghị định 145/2020/NĐ-CP)</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Bên yêu cầu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên cuộc đối thoại</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ngày nhận yêu cầu</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The current list has no worker representatives.</source>
        <translation>Danh sách hiện hành chưa có thành viên đại diện đối thoại bên người lao động.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Daily (automatic)</source>
        <translation>Hằng ngày (tự động)</translation>
    </message>
    <message>
        <source>Before an upgrade (automatic)</source>
        <translation>Trước khi nâng cấp (tự động)</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Bản bị thay khi khôi phục</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Thủ công</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Thời điểm tạo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Choose the copy that replaces the current database. The current database is first saved in the backup folder, so the restore can be undone.</source>
        <translation>Chọn bản sao sẽ thay thế cơ sở dữ liệu hiện tại. Cơ sở dữ liệu hiện tại được lưu lại trước vào thư mục sao lưu, nên có thể hoàn tác việc khôi phục.</translation>
    </message>
    <message>
        <source>There is no backup in {folder} yet.</source>
        <translation>Chưa có bản sao lưu nào trong {folder}.</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Tệp khác…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>dcs-enterprise database (*.sqlite);;All files (*)</source>
        <translation>Cơ sở dữ liệu dcs-enterprise (*.sqlite);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Replace the current database with {file}? The current database is first saved in {folder}; then everyone signs in again, with the accounts the backup holds.</source>
        <translation>Thay cơ sở dữ liệu hiện tại bằng {file}? Cơ sở dữ liệu hiện tại được lưu lại trước vào {folder}; sau đó mọi người đăng nhập lại bằng các tài khoản có trong bản sao lưu.</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Publication of the resolution</source>
        <translation>Công khai nghị quyết</translation>
    </message>
    <message>
        <source>e.g. Notice board of canteen 1</source>
        <translation>Ví dụ: Bảng tin nhà ăn số 1</translation>
    </message>
    <message>
        <source>until</source>
        <translation>đến ngày</translation>
    </message>
    <message>
        <source>e.g. photo of the notice board, minutes of the meeting</source>
        <translation>Ví dụ: ảnh chụp bảng tin, biên bản cuộc họp</translation>
    </message>
    <message>
        <source>Record publication</source>
        <translation>Ghi nhận việc công khai</translation>
    </message>
    <message>
        <source>Print results notice…</source>
        <translation>In thông báo kết quả…</translation>
    </message>
    <message>
        <source>The employer publishes the resolution to all workers (Decree 145/2020 Art 43.2 lists the forms). Once recorded, the employee view shows it.</source>
        <translation>Người sử dụng lao động công khai nghị quyết đến toàn thể người lao động (các hình thức theo khoản 2 Điều 43 Nghị định 145/2020). Sau khi ghi nhận, nghị quyết hiển thị trong chế độ xem của người lao động.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source> until {day}</source>
        <translation> đến ngày {day}</translation>
    </message>
    <message>
        <source>Published: {form}, at {place}, from {start}{until}.{evidence}</source>
        <translation>Đã công khai: {form}, tại {place}, từ ngày {start}{until}.{evidence}</translation>
    </message>
    <message>
        <source>Evidence: {e}.</source>
        <translation>Minh chứng: {e}.</translation>
    </message>
    <message>
        <source>Rule P3 (published within {days} days of the decision, posted at least {minimum} days) binds state-owned enterprises and those that opt in; it does not bind this enterprise.</source>
        <translation>Quy tắc P3 (công khai chậm nhất {days} ngày sau khi quyết định, niêm yết ít nhất {minimum} ngày) áp dụng cho doanh nghiệp nhà nước và doanh nghiệp tự nguyện áp dụng; không bắt buộc đối với doanh nghiệp này.</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng thời hạn</translation>
    </message>
    <message>
        <source>Not on time</source>
        <translation>Không đúng thời hạn</translation>
    </message>
    <message>
        <source>Notice of the conference results</source>
        <translation>Thông báo kết quả hội nghị</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Thay thế</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Print minutes…</source>
        <translation>In biên bản…</translation>
    </message>
    <message>
        <source>Print resolution…</source>
        <translation>In nghị quyết…</translation>
    </message>
    <message>
        <source>Issued documents</source>
        <translation>Văn bản đã ban hành</translation>
    </message>
    <message>
        <source>Correct the resolution…</source>
        <translation>Đính chính nghị quyết…</translation>
    </message>
    <message>
        <source>Issue correction…</source>
        <translation>Ban hành nghị quyết đính chính…</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Đính chính</translation>
    </message>
    <message>
        <source>The results appear once the chair has finalized the minutes and the resolution on the conference day.</source>
        <translation>Kết quả hiển thị sau khi chủ tọa hoàn tất biên bản và nghị quyết trong ngày hội nghị.</translation>
    </message>
    <message>
        <source>A correction of resolution {number} is open as a draft: edit its articles in the Resolution tab, then issue it here.</source>
        <translation>Đang có bản dự thảo đính chính nghị quyết số {number}: hãy chỉnh sửa các điều trong thẻ Nghị quyết, sau đó ban hành tại đây.</translation>
    </message>
    <message>
        <source>Issued documents are never changed. To put a mistake right, correct the resolution: a new version is drafted, and once issued it takes its own number and replaces the old one.</source>
        <translation>Văn bản đã ban hành không bao giờ bị sửa. Để sửa sai sót, hãy đính chính nghị quyết: một phiên bản mới được soạn thảo, khi ban hành sẽ có số riêng và thay thế văn bản cũ.</translation>
    </message>
    <message>
        <source>Minutes of the conference</source>
        <translation>Biên bản hội nghị</translation>
    </message>
    <message>
        <source>Resolution of the conference</source>
        <translation>Nghị quyết hội nghị</translation>
    </message>
    <message>
        <source>Correct the resolution</source>
        <translation>Đính chính nghị quyết</translation>
    </message>
    <message>
        <source>The issued resolution stays as it is: it is never changed. A new draft version is made from it, which you edit in the Resolution tab and then issue here with a new number that replaces the old one.

Start a correction?</source>
        <translation>Nghị quyết đã ban hành được giữ nguyên, không bao giờ bị sửa. Một bản dự thảo mới được tạo từ nghị quyết này; bạn chỉnh sửa trong thẻ Nghị quyết, sau đó ban hành tại đây với số mới thay thế số cũ.

Bắt đầu đính chính?</translation>
    </message>
    <message>
        <source>A draft of the corrected resolution is open. Edit its articles in the Resolution tab, then come back here and click &quot;Issue correction…&quot;.</source>
        <translation>Đã mở bản dự thảo nghị quyết đính chính. Hãy chỉnh sửa các điều trong thẻ Nghị quyết, sau đó quay lại đây và bấm &quot;Ban hành nghị quyết đính chính…&quot;.</translation>
    </message>
    <message>
        <source>Issue the correction</source>
        <translation>Ban hành nghị quyết đính chính</translation>
    </message>
    <message>
        <source>The corrected resolution is issued with a new number and names the number it replaces. Commitments follow its articles.</source>
        <translation>Nghị quyết đính chính được ban hành với số mới và ghi rõ số văn bản được thay thế. Các nội dung cam kết thực hiện được cập nhật theo các điều của nghị quyết đính chính.</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Lý do đính chính</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Ban hành</translation>
    </message>
    <message>
        <source>Correction issued</source>
        <translation>Đã ban hành nghị quyết đính chính</translation>
    </message>
    <message>
        <source>The corrected resolution is number {number}; it replaces number {old}.</source>
        <translation>Nghị quyết đính chính có số {number}, thay thế nghị quyết số {old}.</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>Code</source>
        <translation>Mã NV</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Phòng ban</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>Ngày vào làm</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Loại hợp đồng</translation>
    </message>
    <message>
        <source>Union member</source>
        <translation>Đoàn viên công đoàn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Law 10/2022 Art 69.2.c</source>
        <translation>Điểm c khoản 2 Điều 69 Luật Thực hiện dân chủ ở cơ sở 2022</translation>
    </message>
    <message>
        <source>Law 10/2022 Art 69.2.c (democracy regulation default)</source>
        <translation>Điểm c khoản 2 Điều 69 Luật Thực hiện dân chủ ở cơ sở 2022 (mặc định theo quy chế dân chủ)</translation>
    </message>
    <message>
        <source>Law 10/2022 Art 69.2</source>
        <translation>Điều 69.2 Luật Thực hiện dân chủ ở cơ sở 2022</translation>
    </message>
    <message>
        <source>Law 10/2022 Art 69.2 (democracy regulation default)</source>
        <translation>Điều 69.2 Luật Thực hiện dân chủ ở cơ sở 2022 (mặc định theo quy chế dân chủ)</translation>
    </message>
    <message>
        <source>{headcount} workers, fewer than {limit}: a full conference.</source>
        <translation>{headcount} người lao động, ít hơn {limit}: tổ chức hội nghị toàn thể.</translation>
    </message>
    <message>
        <source>{headcount} workers, {limit} or more: the employer and the union choose a full or a delegate conference together.</source>
        <translation>{headcount} người lao động, từ {limit} người trở lên: người sử dụng lao động và công đoàn cơ sở cùng quyết định tổ chức hội nghị toàn thể hoặc hội nghị đại biểu.</translation>
    </message>
    <message>
        <source>{present} of {summoned} present; at least {num}/{den} needed, that is {required}.</source>
        <translation>{present}/{summoned} người có mặt; cần ít nhất {num}/{den}, tức là {required} người.</translation>
    </message>
    <message>
        <source>{in_favour} in favour of {present} present; more than {threshold}% needed, that is at least {needed}.</source>
        <translation>{in_favour}/{present} người có mặt tán thành; cần trên {threshold}%, tức là ít nhất {needed} người.</translation>
    </message>
    <message>
        <source>Decree 145/2020 Art 47.3; common practice</source>
        <translation>Khoản 3 Điều 47 Nghị định 145/2020/NĐ-CP; thực tiễn phổ biến</translation>
    </message>
    <message>
        <source>{days} working days before the conference day.</source>
        <translation>{days} ngày làm việc trước ngày hội nghị.</translation>
    </message>
    <message>
        <source>{present} present; a delegate needs more than half, that is at least {needed} votes; {seats} seats.</source>
        <translation>{present} người có mặt; đại biểu phải được trên một nửa số phiếu, tức ít nhất {needed} phiếu; {seats} đại biểu được bầu.</translation>
    </message>
    <message>
        <source>Democracy regulation; common practice</source>
        <translation>Quy chế dân chủ ở cơ sở; thực tiễn phổ biến</translation>
    </message>
    <message>
        <source>Published from {start} (no later than {latest}); posted {posted} days (at least {minimum}).</source>
        <translation>Công khai từ {start} (chậm nhất {latest}); niêm yết {posted} ngày (ít nhất {minimum} ngày).</translation>
    </message>
    <message>
        <source>Law 10/2022 Arts 65.2, 66</source>
        <translation>Khoản 2 Điều 65, Điều 66 Luật Thực hiện dân chủ ở cơ sở 2022</translation>
    </message>
    <message>
        <source>Decree 145/2020 Art 43.1</source>
        <translation>Khoản 1 Điều 43 Nghị định 145/2020/NĐ-CP</translation>
    </message>
    <message>
        <source>Held no later than {due}, {months} months after the financial year ends.</source>
        <translation>Tổ chức chậm nhất ngày {due}, trong {months} tháng sau khi kết thúc năm tài chính.</translation>
    </message>
    <message>
        <source>Law 10/2022 Art 69.1</source>
        <translation>Khoản 1 Điều 69 Luật Thực hiện dân chủ ở cơ sở 2022</translation>
    </message>
    <message>
        <source>Law 10/2022 Art 70.3</source>
        <translation>Khoản 3 Điều 70 Luật Thực hiện dân chủ ở cơ sở 2022</translation>
    </message>
    <message>
        <source>Labour Code 2019 Art 76.1</source>
        <translation>Khoản 1 Điều 76 Bộ luật Lao động 2019</translation>
    </message>
    <message>
        <source>Labour Code 2019 Art 78</source>
        <translation>Điều 78 Bộ luật Lao động 2019</translation>
    </message>
    <message>
        <source>Labour Code 2019 Art 83</source>
        <translation>Điều 83 Bộ luật Lao động 2019</translation>
    </message>
    <message>
        <source>{in_favour} in favour of {workforce} workers of the enterprise ({percent}%); more than half of all workers needed, that is at least {needed}.</source>
        <translation>{in_favour}/{workforce} người lao động của doanh nghiệp tán thành ({percent}%); cần trên một nửa tổng số người lao động, tức là ít nhất {needed} người.</translation>
    </message>
    <message>
        <source>Approved by the vote of {vote}; signed on {signed}.</source>
        <translation>Được biểu quyết tán thành ngày {vote}; ký kết ngày {signed}.</translation>
    </message>
    <message>
        <source>Labour Code 2019 Art 77</source>
        <translation>Điều 77 Bộ luật Lao động 2019</translation>
    </message>
    <message>
        <source>Labour Code 2019 Art 78.1</source>
        <translation>Khoản 1 Điều 78 Bộ luật Lao động 2019</translation>
    </message>
    <message>
        <source>No effective date written: in force from the signing, {signed}.</source>
        <translation>Thỏa ước không ghi ngày có hiệu lực: có hiệu lực từ ngày ký kết, {signed}.</translation>
    </message>
    <message>
        <source>In force from {written}, as written in the agreement (signed on {signed}).</source>
        <translation>Có hiệu lực từ ngày {written} theo ghi trong thỏa ước (ký kết ngày {signed}).</translation>
    </message>
    <message>
        <source>Labour Code 2019 Art 78.3</source>
        <translation>Khoản 3 Điều 78 Bộ luật Lao động 2019</translation>
    </message>
    <message>
        <source>A term of {months} months, within 1 to 3 years.</source>
        <translation>Thời hạn {months} tháng, trong khoảng từ 1 đến 3 năm.</translation>
    </message>
    <message>
        <source>Replaced by a newer agreement.</source>
        <translation>Đã được thay thế bằng thỏa ước mới.</translation>
    </message>
    <message>
        <source>Takes effect on {effective}.</source>
        <translation>Có hiệu lực từ ngày {effective}.</translation>
    </message>
    <message>
        <source>In force from {effective} to {expires}; renewal talks may start from {opens}.</source>
        <translation>Có hiệu lực từ ngày {effective} đến ngày {expires}; có thể bắt đầu thương lượng gia hạn hoặc ký kết thỏa ước mới từ ngày {opens}.</translation>
    </message>
    <message>
        <source>Expires on {expires}, in {days} days: the parties may bargain to extend it or sign a new agreement.</source>
        <translation>Hết hạn ngày {expires}, còn {days} ngày: các bên có thể thương lượng để gia hạn hoặc ký kết thỏa ước mới.</translation>
    </message>
    <message>
        <source>Expired on {expires}; stays in force while renewal talks go on, until {survives} at the latest.</source>
        <translation>Đã hết hạn ngày {expires}; tiếp tục có hiệu lực trong thời gian các bên thương lượng, chậm nhất đến ngày {survives}.</translation>
    </message>
    <message>
        <source>Expired on {expires}.</source>
        <translation>Đã hết hạn ngày {expires}.</translation>
    </message>
    <message>
        <source>Labour Code 2019 Art 70.1</source>
        <translation>Khoản 1 Điều 70 Bộ luật Lao động 2019</translation>
    </message>
    <message>
        <source>Labour Code 2019 Art 70.2</source>
        <translation>Khoản 2 Điều 70 Bộ luật Lao động 2019</translation>
    </message>
    <message>
        <source>Labour Code 2019 Art 70.3</source>
        <translation>Khoản 3 Điều 70 Bộ luật Lao động 2019</translation>
    </message>
    <message>
        <source>Bargaining started on {start}; the parties agreed to end it by {due} instead of within 90 days.</source>
        <translation>Thương lượng bắt đầu ngày {start}; các bên thỏa thuận kết thúc chậm nhất ngày {due} thay cho thời hạn 90 ngày.</translation>
    </message>
    <message>
        <source>Labour Code 2019 Art 71.a</source>
        <translation>Điểm a Điều 71 Bộ luật Lao động 2019</translation>
    </message>
    <message>
        <source>Requested on {requested}, no session by {declared}: a party refused, or bargaining did not start by {due}.</source>
        <translation>Yêu cầu ngày {requested}, đến ngày {declared} chưa có phiên họp nào: một bên từ chối thương lượng, hoặc thương lượng không bắt đầu trong thời hạn (chậm nhất ngày {due}).</translation>
    </message>
    <message>
        <source>Requested on {requested}, bargaining started only on {started}, after the limit of {due}.</source>
        <translation>Yêu cầu ngày {requested}, đến ngày {started} mới bắt đầu thương lượng, quá thời hạn chậm nhất là ngày {due}.</translation>
    </message>
    <message>
        <source>Labour Code 2019 Art 71.b</source>
        <translation>Điểm b Điều 71 Bộ luật Lao động 2019</translation>
    </message>
    <message>
        <source>Bargaining started on {started} and had to end by {due}; no agreement by {declared}.</source>
        <translation>Thương lượng bắt đầu ngày {started} và phải kết thúc chậm nhất ngày {due}; đến ngày {declared} các bên chưa đạt được thỏa thuận.</translation>
    </message>
    <message>
        <source>Labour Code 2019 Art 71.c</source>
        <translation>Điểm c Điều 71 Bộ luật Lao động 2019</translation>
    </message>
    <message>
        <source>The parties declared on {declared} that bargaining failed.</source>
        <translation>Ngày {declared}, các bên cùng tuyên bố thương lượng không thành.</translation>
    </message>
    <message>
        <source>{n} working days after {start} (the day itself not counted; rest days and holidays skipped): {due}.</source>
        <translation>{n} ngày làm việc kể từ ngày {start} (không tính ngày đó; không tính ngày nghỉ hằng tuần và ngày nghỉ lễ): {due}.</translation>
    </message>
    <message>
        <source>{n} days after {start} (the day itself not counted): {due}.</source>
        <translation>{n} ngày kể từ ngày {start} (không tính ngày đó): {due}.</translation>
    </message>
    <message>
        <source>{n} days after {start} is {limit}, a rest day or holiday; moved to the next working day: {due}.</source>
        <translation>{n} ngày kể từ ngày {start} là ngày {limit}, trùng ngày nghỉ hằng tuần hoặc ngày nghỉ lễ; chuyển sang ngày làm việc tiếp theo: {due}.</translation>
    </message>
    <message>
        <source>At least {n} working days before {day}: by {due}.</source>
        <translation>Ít nhất {n} ngày làm việc trước ngày {day}: chậm nhất ngày {due}.</translation>
    </message>
    <message>
        <source>Labour Code 2019 Art 36.1.a</source>
        <translation>Điểm a khoản 1 Điều 36 Bộ luật Lao động 2019</translation>
    </message>
    <message>
        <source>Labour Code 2019 Art 42</source>
        <translation>Điều 42 Bộ luật Lao động 2019</translation>
    </message>
    <message>
        <source>Labour Code 2019 Art 44</source>
        <translation>Điều 44 Bộ luật Lao động 2019</translation>
    </message>
    <message>
        <source>Labour Code 2019 Art 93</source>
        <translation>Điều 93 Bộ luật Lao động 2019</translation>
    </message>
    <message>
        <source>Labour Code 2019 Art 104</source>
        <translation>Điều 104 Bộ luật Lao động 2019</translation>
    </message>
    <message>
        <source>Labour Code 2019 Art 118</source>
        <translation>Điều 118 Bộ luật Lao động 2019</translation>
    </message>
    <message>
        <source>Labour Code 2019 Art 128.1</source>
        <translation>Khoản 1 Điều 128 Bộ luật Lao động 2019</translation>
    </message>
    <message>
        <source>{members} employer representatives including the legal representative; at least 3 needed.</source>
        <translation>{members} thành viên đại diện bên người sử dụng lao động, gồm cả người đại diện theo pháp luật; cần ít nhất 3 người.</translation>
    </message>
    <message>
        <source>{members} employer representatives, the legal representative not among them; at least 3 needed, including the legal representative.</source>
        <translation>{members} thành viên đại diện bên người sử dụng lao động, không có người đại diện theo pháp luật; cần ít nhất 3 người, trong đó có người đại diện theo pháp luật.</translation>
    </message>
    <message>
        <source>Decree 145/2020 Art 38.1</source>
        <translation>Khoản 1 Điều 38 Nghị định 145/2020/NĐ-CP</translation>
    </message>
    <message>
        <source>Decree 145/2020 Art 38.2.a</source>
        <translation>Điểm a khoản 2 Điều 38 Nghị định 145/2020/NĐ-CP</translation>
    </message>
    <message>
        <source>{headcount} workers: at least {minimum} worker representatives.</source>
        <translation>{headcount} người lao động: ít nhất {minimum} thành viên đại diện bên người lao động.</translation>
    </message>
    <message>
        <source>{headcount} workers: {minimum} to {maximum} worker representatives, the number set by the democracy regulation; at least {minimum}.</source>
        <translation>{headcount} người lao động: từ {minimum} đến {maximum} thành viên đại diện bên người lao động, số cụ thể do quy chế dân chủ ở cơ sở quy định; ít nhất {minimum} người.</translation>
    </message>
    <message>
        <source>{members} worker representatives for {headcount} workers; at least {minimum} needed.</source>
        <translation>{members} thành viên đại diện bên người lao động cho {headcount} người lao động; cần ít nhất {minimum} người.</translation>
    </message>
    <message>
        <source>{members} worker representatives for {headcount} workers; at least {minimum} needed (band {minimum} to {maximum}).</source>
        <translation>{members} thành viên đại diện bên người lao động cho {headcount} người lao động; cần ít nhất {minimum} người (khung từ {minimum} đến {maximum} người).</translation>
    </message>
    <message>
        <source>Decree 145/2020 Art 38.3</source>
        <translation>Khoản 3 Điều 38 Nghị định 145/2020/NĐ-CP</translation>
    </message>
    <message>
        <source>Lists fixed on {start}; renewed at least every 2 years: by {due}.</source>
        <translation>Danh sách được xác định ngày {start}; xác định lại ít nhất 2 năm một lần: chậm nhất ngày {due}.</translation>
    </message>
    <message>
        <source>Lists fixed on {start}; renewed at least every 2 years: {limit}, a rest day or holiday, moved to the next working day: by {due}.</source>
        <translation>Danh sách được xác định ngày {start}; xác định lại ít nhất 2 năm một lần: ngày {limit} trùng ngày nghỉ hằng tuần hoặc ngày nghỉ lễ, chuyển sang ngày làm việc tiếp theo: chậm nhất ngày {due}.</translation>
    </message>
    <message>
        <source>Labour Code 2019 Art 63.2.a</source>
        <translation>Điểm a khoản 2 Điều 63 Bộ luật Lao động 2019</translation>
    </message>
    <message>
        <source>Periodic dialogues held in {year}: {count}; at least one a year.</source>
        <translation>Số cuộc đối thoại định kỳ đã tổ chức trong năm {year}: {count}; cần ít nhất mỗi năm một lần.</translation>
    </message>
    <message>
        <source>Decree 145/2020 Art 39.3</source>
        <translation>Khoản 3 Điều 39 Nghị định 145/2020/NĐ-CP</translation>
    </message>
    <message>
        <source>Decree 145/2020 Art 39.4</source>
        <translation>Khoản 4 Điều 39 Nghị định 145/2020/NĐ-CP</translation>
    </message>
    <message>
        <source>{present} of {listed} worker representatives present ({percent}%); more than 70% needed, that is at least {required}.</source>
        <translation>{present}/{listed} thành viên đại diện bên người lao động có mặt ({percent}%); cần trên 70%, tức là ít nhất {required} người.</translation>
    </message>
    <message>
        <source>The employer&apos;s legal representative or an authorised person is absent, so the dialogue cannot proceed; {present} of {listed} worker representatives present ({percent}%), at least {required} needed.</source>
        <translation>Người đại diện theo pháp luật của người sử dụng lao động hoặc người được ủy quyền vắng mặt nên không thể tiến hành đối thoại; {present}/{listed} thành viên đại diện bên người lao động có mặt ({percent}%), cần ít nhất {required} người.</translation>
    </message>
    <message>
        <source>Decree 145/2020 Arts 39.5, 40.4, 41.1.e</source>
        <translation>Khoản 5 Điều 39, khoản 4 Điều 40, điểm e khoản 1 Điều 41 Nghị định 145/2020/NĐ-CP</translation>
    </message>
    <message>
        <source>Decree 145/2020 Art 40.1.b</source>
        <translation>Điểm b khoản 1 Điều 40 Nghị định 145/2020/NĐ-CP</translation>
    </message>
    <message>
        <source>{supporters} of {listed} worker representatives back the request; at least 30% needed, that is {needed}.</source>
        <translation>{supporters}/{listed} thành viên đại diện bên người lao động đồng ý với yêu cầu; cần ít nhất 30%, tức là {needed} người.</translation>
    </message>
    <message>
        <source>Decree 145/2020 Art 40.2</source>
        <translation>Khoản 2 Điều 40 Nghị định 145/2020/NĐ-CP</translation>
    </message>
    <message>
        <source>Law 10/2022 Art 70.2 (resolution follow-up)</source>
        <translation>Khoản 2 Điều 70 Luật Thực hiện dân chủ ở cơ sở 2022 (theo dõi thực hiện nghị quyết)</translation>
    </message>
    <message>
        <source>Decree 145/2020 Art 39.4 (dialogue minutes)</source>
        <translation>Khoản 4 Điều 39 Nghị định 145/2020/NĐ-CP (biên bản đối thoại)</translation>
    </message>
    <message>
        <source>Labour Code 2019 Art 79 (agreement in force)</source>
        <translation>Điều 79 Bộ luật Lao động 2019 (thực hiện thỏa ước đang có hiệu lực)</translation>
    </message>
    <message>
        <source>Decree 145/2020 Art 38.2.b</source>
        <translation>Điểm b khoản 2 Điều 38 Nghị định 145/2020/NĐ-CP</translation>
    </message>
    <message>
        <source>Law 10/2022 Art 9.2</source>
        <translation>Khoản 2 Điều 9 Luật Thực hiện dân chủ ở cơ sở 2022</translation>
    </message>
    <message>
        <source>Law 10/2022 Art 81.1.d</source>
        <translation>Điểm d khoản 1 Điều 81 Luật Thực hiện dân chủ ở cơ sở 2022</translation>
    </message>
    <message>
        <source>Law 10/2022 Art 81.1.d (democracy regulation default)</source>
        <translation>Điểm d khoản 1 Điều 81 Luật Thực hiện dân chủ ở cơ sở 2022 (mặc định theo quy chế dân chủ)</translation>
    </message>
    <message>
        <source>Decree 59/2023 Art 26.1.b</source>
        <translation>Điểm b khoản 1 Điều 26 Nghị định 59/2023/NĐ-CP</translation>
    </message>
    <message>
        <source>Democracy regulation, by analogy to Law 10/2022 Art 81.1.d</source>
        <translation>Quy chế dân chủ ở cơ sở, vận dụng điểm d khoản 1 Điều 81 Luật Thực hiện dân chủ ở cơ sở 2022</translation>
    </message>
    <message>
        <source>Not yet notified; notify the management by {latest}.</source>
        <translation>Chưa thông báo; cần thông báo cho người sử dụng lao động chậm nhất ngày {latest}.</translation>
    </message>
    <message>
        <source>Notified on {notice}; at least {n} working days before {activity} means by {latest}.</source>
        <translation>Đã thông báo ngày {notice}; ít nhất {n} ngày làm việc trước ngày {activity} nghĩa là chậm nhất ngày {latest}.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Law 10/2022 Art 82: SOE rules bind SOEs; others may opt in</source>
        <translation>Điều 82 Luật số 10/2022/QH15: quy định về doanh nghiệp nhà nước bắt buộc với doanh nghiệp nhà nước; doanh nghiệp khác có thể tự nguyện áp dụng</translation>
    </message>
    <message>
        <source>Rule C3, Law 10/2022 Art 69.2.c (binding for SOEs; default for others)</source>
        <translation>Quy tắc C3, điểm c khoản 2 Điều 69 Luật số 10/2022/QH15 (bắt buộc với doanh nghiệp nhà nước; mặc định với doanh nghiệp khác)</translation>
    </message>
    <message>
        <source>Rule C4, Law 10/2022 Art 69.2.c (binding for SOEs; default for others)</source>
        <translation>Quy tắc C4, điểm c khoản 2 Điều 69 Luật số 10/2022/QH15 (bắt buộc với doanh nghiệp nhà nước; mặc định với doanh nghiệp khác)</translation>
    </message>
    <message>
        <source>Rule C2, Law 10/2022 Art 69.2 (binding for SOEs; default for others)</source>
        <translation>Quy tắc C2, khoản 2 Điều 69 Luật số 10/2022/QH15 (bắt buộc với doanh nghiệp nhà nước; mặc định với doanh nghiệp khác)</translation>
    </message>
    <message>
        <source>Rule C5, Law 10/2022 Art 69.1 (SOEs)</source>
        <translation>Quy tắc C5, khoản 1 Điều 69 Luật số 10/2022/QH15 (doanh nghiệp nhà nước)</translation>
    </message>
    <message>
        <source>Labour Code 2019 Art 111: at least one rest day a week, set by the employer</source>
        <translation>Điều 111 Bộ luật Lao động 2019: mỗi tuần nghỉ ít nhất một ngày, do người sử dụng lao động bố trí</translation>
    </message>
    <message>
        <source>By analogy to Law 10/2022 Art 81.1.d; not a legal duty for private enterprises</source>
        <translation>Áp dụng tương tự điểm d khoản 1 Điều 81 Luật số 10/2022/QH15; không phải nghĩa vụ pháp lý của doanh nghiệp ngoài nhà nước</translation>
    </message>
    <message>
        <source>Rule S1, Law 10/2022 Art 81.1.d (SOEs; default for others)</source>
        <translation>Quy tắc S1, điểm d khoản 1 Điều 81 Luật số 10/2022/QH15 (doanh nghiệp nhà nước; mặc định với doanh nghiệp khác)</translation>
    </message>
    <message>
        <source>Rule A2, Labour Code 2019 Art 77 (provincial labour authority)</source>
        <translation>Quy tắc A2, Điều 77 Bộ luật Lao động 2019 (cơ quan chuyên môn về lao động thuộc Ủy ban nhân dân cấp tỉnh)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Thứ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Add holiday…</source>
        <translation>Thêm ngày nghỉ lễ…</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Xóa ngày đã chọn</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Public holidays (Labour Code 2019 Art 112) count as rest days in every &quot;working days&quot; deadline, together with the weekly rest days of the Democracy regulation tab. The Tết (Lunar New Year) days follow the Prime Minister&apos;s decision for each year: check the shipped list. A holiday that falls on a weekly rest day gives the next working day off (Labour Code 2019 Art 111.3); the program counts those days itself.</source>
        <translation>Ngày nghỉ lễ, tết (Điều 112 Bộ luật Lao động 2019) được tính là ngày nghỉ trong mọi thời hạn tính theo “ngày làm việc”, cùng với ngày nghỉ hằng tuần ở thẻ Quy chế dân chủ. Các ngày nghỉ Tết Nguyên đán theo quyết định hằng năm của Thủ tướng Chính phủ: hãy kiểm tra danh sách có sẵn. Ngày nghỉ lễ, tết trùng ngày nghỉ hằng tuần thì được nghỉ bù vào ngày làm việc kế tiếp (khoản 3 Điều 111 Bộ luật Lao động 2019); chương trình tự tính các ngày nghỉ bù này.</translation>
    </message>
    <message>
        <source>{count} holidays in {year}</source>
        <translation>Năm {year} có {count} ngày nghỉ lễ</translation>
    </message>
    <message>
        <source>Days off in lieu (Labour Code 2019 Art 111.3): {days}</source>
        <translation>Ngày nghỉ bù (khoản 3 Điều 111 Bộ luật Lao động 2019): {days}</translation>
    </message>
    <message>
        <source>none this year</source>
        <translation>không có trong năm này</translation>
    </message>
    <message>
        <source>Remove holiday</source>
        <translation>Xóa ngày nghỉ lễ</translation>
    </message>
    <message>
        <source>Select a holiday in the list first.</source>
        <translation>Hãy chọn một ngày nghỉ lễ trong danh sách trước.</translation>
    </message>
    <message>
        <source>Remove {day} ({name}) from the holidays? Deadlines will no longer treat it as a holiday.</source>
        <translation>Xóa ngày {day} ({name}) khỏi danh sách ngày nghỉ lễ? Khi tính thời hạn, ngày này sẽ không còn được coi là ngày nghỉ lễ.</translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation>Ngôn ngữ của chương trình</translation>
    </message>
    <message>
        <source>The language is kept for this computer&apos;s user and applies after you restart the program.</source>
        <translation>Ngôn ngữ được lưu cho người dùng hiện tại của máy tính này và có hiệu lực sau khi khởi động lại chương trình.</translation>
    </message>
    <message>
        <source>Save language</source>
        <translation>Lưu ngôn ngữ</translation>
    </message>
    <message>
        <source>The language could not be saved: {reason}</source>
        <translation>Không lưu được ngôn ngữ: {reason}</translation>
    </message>
    <message>
        <source>Saved. Restart the program to see the new language.</source>
        <translation>Đã lưu. Hãy khởi động lại chương trình để hiển thị ngôn ngữ mới.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Enterprise profile</source>
        <translation>Thông tin doanh nghiệp</translation>
    </message>
    <message>
        <source>Democracy regulation</source>
        <translation>Quy chế dân chủ</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>Lịch ngày làm việc</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Print the regulation sheet…</source>
        <translation>In bảng tổng hợp quy chế…</translation>
    </message>
    <message>
        <source>Democracy regulation sheet</source>
        <translation>Bảng tổng hợp quy chế dân chủ</translation>
    </message>
    <message>
        <source>Enterprise name</source>
        <translation>Tên doanh nghiệp</translation>
    </message>
    <message>
        <source>Full registered name, as on the business registration certificate</source>
        <translation>Tên đầy đủ như trên Giấy chứng nhận đăng ký doanh nghiệp</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Province or city</source>
        <translation>Tỉnh/thành phố</translation>
    </message>
    <message>
        <source>Used in the place and date line of documents (e.g. &quot;Bình Dương, ngày … tháng … năm …&quot;)</source>
        <translation>Dùng ở dòng địa danh và ngày tháng của văn bản (ví dụ: “Bình Dương, ngày … tháng … năm …”)</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Người đại diện theo pháp luật</translation>
    </message>
    <message>
        <source>Title of the legal representative</source>
        <translation>Chức vụ của người đại diện theo pháp luật</translation>
    </message>
    <message>
        <source>e.g. General Director</source>
        <translation>Ví dụ: Tổng Giám đốc</translation>
    </message>
    <message>
        <source>Parent body</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <source>The governing body printed above the enterprise name in document headings, if any</source>
        <translation>Cơ quan, tổ chức chủ quản trực tiếp (nếu có), được in phía trên tên doanh nghiệp ở đầu văn bản</translation>
    </message>
    <message>
        <source>Grassroots trade union</source>
        <translation>Công đoàn cơ sở</translation>
    </message>
    <message>
        <source>Upper-level trade union</source>
        <translation>Công đoàn cấp trên cơ sở</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Lưu thông tin</translation>
    </message>
    <message>
        <source>The profile was saved.</source>
        <translation>Đã lưu thông tin doanh nghiệp.</translation>
    </message>
    <message>
        <source>Save regulation</source>
        <translation>Lưu quy chế</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
    <message>
        <source>Fills the form with the program&apos;s defaults; nothing is stored until you save.</source>
        <translation>Điền các giá trị mặc định của chương trình vào biểu mẫu; chưa có gì được lưu cho đến khi bạn bấm lưu.</translation>
    </message>
    <message>
        <source>The company has a seal</source>
        <translation>Công ty có con dấu</translation>
    </message>
    <message>
        <source>The trade union has a seal</source>
        <translation>Công đoàn có con dấu</translation>
    </message>
    <message>
        <source>Which rules bind the enterprise</source>
        <translation>Quy định áp dụng đối với doanh nghiệp</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Chế độ áp dụng</translation>
    </message>
    <message>
        <source>Workers&apos; conference</source>
        <translation>Hội nghị người lao động</translation>
    </message>
    <message>
        <source>Workers&apos; conference quorum</source>
        <translation>Tỷ lệ tham dự tối thiểu</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Ít nhất</translation>
    </message>
    <message>
        <source>Of the workers (full conference) or of the delegates summoned (delegate conference).</source>
        <translation>Tính trên tổng số người lao động (hội nghị toàn thể) hoặc trên tổng số đại biểu được triệu tập (hội nghị đại biểu).</translation>
    </message>
    <message>
        <source>Pass threshold</source>
        <translation>Tỷ lệ thông qua</translation>
    </message>
    <message>
        <source>More than</source>
        <translation>Trên</translation>
    </message>
    <message>
        <source>of those present vote in favour</source>
        <translation>số người dự hội nghị biểu quyết tán thành</translation>
    </message>
    <message>
        <source>Full conference below</source>
        <translation>Hội nghị toàn thể khi dưới</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>người lao động</translation>
    </message>
    <message>
        <source>At or above this headcount the employer and the union choose a full or a delegate conference together.</source>
        <translation>Từ số lao động này trở lên, người sử dụng lao động và công đoàn cơ sở cùng thống nhất tổ chức hội nghị toàn thể hay hội nghị đại biểu.</translation>
    </message>
    <message>
        <source>Financial year ends in month</source>
        <translation>Năm tài chính kết thúc vào tháng</translation>
    </message>
    <message>
        <source>12 means the financial year is the calendar year.</source>
        <translation>Tháng 12 nghĩa là năm tài chính trùng với năm dương lịch.</translation>
    </message>
    <message>
        <source>Conference held within</source>
        <translation>Tổ chức hội nghị trong vòng</translation>
    </message>
    <message>
        <source>months after the financial year ends</source>
        <translation>tháng sau khi kết thúc năm tài chính</translation>
    </message>
    <message>
        <source>Working week</source>
        <translation>Tuần làm việc</translation>
    </message>
    <message>
        <source>Weekly rest days</source>
        <translation>Ngày nghỉ hằng tuần</translation>
    </message>
    <message>
        <source>Answer deadlines</source>
        <translation>Thời hạn trả lời</translation>
    </message>
    <message>
        <source>Petition answer</source>
        <translation>Trả lời kiến nghị của người lao động</translation>
    </message>
    <message>
        <source>days after receipt</source>
        <translation>ngày kể từ ngày nhận</translation>
    </message>
    <message>
        <source>Supervision recommendation answer</source>
        <translation>Trả lời kiến nghị sau giám sát</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Labour authority</source>
        <translation>Cơ quan quản lý lao động cấp tỉnh</translation>
    </message>
    <message>
        <source>Company document symbol</source>
        <translation>Ký hiệu văn bản của công ty</translation>
    </message>
    <message>
        <source>Union document symbol</source>
        <translation>Ký hiệu văn bản của công đoàn</translation>
    </message>
    <message>
        <source>Printed after the number and the document type, e.g. Số: 05/BB-CĐCS (Decree 30/2020 Appendix I).</source>
        <translation>In sau số và chữ viết tắt tên loại văn bản, ví dụ: Số: 05/BB-CĐCS (Phụ lục I Nghị định 30/2020/NĐ-CP).</translation>
    </message>
    <message>
        <source>Seals</source>
        <translation>Con dấu</translation>
    </message>
    <message>
        <source>Signature blocks leave room for the seal of each side that has one.</source>
        <translation>Phần chữ ký chừa chỗ đóng dấu cho bên nào có con dấu.</translation>
    </message>
    <message>
        <source>(≈ {percent}%)</source>
        <translation>(≈ {percent}%)</translation>
    </message>
    <message>
        <source>(not a valid fraction)</source>
        <translation>(phân số không hợp lệ)</translation>
    </message>
    <message>
        <source>Defaults filled in; press Save regulation to keep them.</source>
        <translation>Đã điền giá trị mặc định; bấm Lưu quy chế để lưu lại.</translation>
    </message>
    <message>
        <source>The regulation was saved.</source>
        <translation>Đã lưu quy chế.</translation>
    </message>
    <message>
        <source>Only the employer side (administrator, HR officer) can change these settings; you can read them.</source>
        <translation>Chỉ phía người sử dụng lao động (quản trị viên, cán bộ nhân sự) được thay đổi các cài đặt này; bạn chỉ có thể xem.</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <source>Open</source>
        <translation>Mới, chưa gửi</translation>
    </message>
    <message>
        <source>Sent to the employer</source>
        <translation>Đã gửi người sử dụng lao động</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <source>Rejected with reasons</source>
        <translation>Từ chối (có lý do)</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Đã chuyển cấp trên</translation>
    </message>
</context>
<context>
    <name>SupervisionItems</name>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ngày nêu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <source>Items: {count}; awaiting an answer: {waiting}</source>
        <translation>Kiến nghị giám sát: {count}; đang chờ trả lời: {waiting}</translation>
    </message>
    <message>
        <source>{day}: {where}</source>
        <translation>{day}: {where}</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Nội dung giám sát</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Gửi đến</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Ngày nêu</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Ngày trả lời</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Công khai</translation>
    </message>
    <message>
        <source>Reasons for the refusal</source>
        <translation>Lý do từ chối</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Item no. {id}: {title}</source>
        <translation>Kiến nghị giám sát số {id}: {title}</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Quá trình xử lý</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Raised on {day}; no step recorded yet.</source>
        <translation>Nêu ngày {day}; chưa ghi nhận bước xử lý nào.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>mở</translation>
    </message>
    <message>
        <source>save…</source>
        <translation>lưu…</translation>
    </message>
    <message>
        <source>Item no. {id}</source>
        <translation>Kiến nghị giám sát số {id}</translation>
    </message>
    <message>
        <source>No item matches. Items are raised from the findings of a supervision plan, a petition, a conference resolution, a dialogue action or an agreement clause, or on the union&apos;s own motion.</source>
        <translation>Không có kiến nghị giám sát nào phù hợp. Kiến nghị giám sát được nêu từ kết luận kiểm tra, giám sát, kiến nghị của người lao động, nghị quyết hội nghị, việc cần thực hiện sau đối thoại, điều khoản thỏa ước lao động tập thể, hoặc do công đoàn cơ sở tự nêu.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Mọi nguồn</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Chỉ quá hạn</translation>
    </message>
    <message>
        <source>Raise an item…</source>
        <translation>Nêu kiến nghị giám sát…</translation>
    </message>
    <message>
        <source>Record a step…</source>
        <translation>Ghi nhận bước xử lý…</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Thêm ghi chú…</translation>
    </message>
    <message>
        <source>Publish the outcome…</source>
        <translation>Công khai kết quả…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Mọi năm</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>Trả lời: {answer}</translation>
    </message>
    <message>
        <source>Publish the outcome</source>
        <translation>Công khai kết quả giải quyết</translation>
    </message>
</context>
<context>
    <name>SupervisionPage</name>
    <message>
        <source>Supervision and petitions</source>
        <translation>Giám sát và kiến nghị</translation>
    </message>
    <message>
        <source>Petitions</source>
        <translation>Kiến nghị, phản ánh</translation>
    </message>
    <message>
        <source>Supervision items</source>
        <translation>Kiến nghị giám sát</translation>
    </message>
    <message>
        <source>Supervision plans</source>
        <translation>Kế hoạch kiểm tra, giám sát</translation>
    </message>
</context>
<context>
    <name>SupervisionPapers</name>
    <message>
        <source>Supervision plan</source>
        <translation>Kế hoạch kiểm tra, giám sát</translation>
    </message>
    <message>
        <source>Findings report</source>
        <translation>Báo cáo kết quả kiểm tra, giám sát</translation>
    </message>
    <message>
        <source>Petition register {year} (the union&apos;s copy, with the anonymous petitioners&apos; names)</source>
        <translation>Sổ theo dõi kiến nghị năm {year} (bản lưu của công đoàn, có danh tính người kiến nghị ẩn danh)</translation>
    </message>
    <message>
        <source>Petition register {year}</source>
        <translation>Sổ theo dõi kiến nghị, phản ánh năm {year}</translation>
    </message>
    <message>
        <source>Annual report on grassroots democracy {year}</source>
        <translation>Báo cáo tình hình thực hiện dân chủ ở cơ sở năm {year}</translation>
    </message>
</context>
<context>
    <name>SupervisionPlanDialog</name>
    <message>
        <source>Supervision plan</source>
        <translation>Kế hoạch kiểm tra, giám sát</translation>
    </message>
    <message>
        <source>Change the plan</source>
        <translation>Sửa kế hoạch</translation>
    </message>
    <message>
        <source>e.g. Supervision of overtime and pay in the second quarter</source>
        <translation>Ví dụ: Giám sát việc làm thêm giờ và trả lương quý II</translation>
    </message>
    <message>
        <source>Why the union supervises this now</source>
        <translation>Vì sao công đoàn cơ sở giám sát nội dung này</translation>
    </message>
    <message>
        <source>Departments, period and documents to be checked</source>
        <translation>Bộ phận, thời kỳ và tài liệu được kiểm tra</translation>
    </message>
    <message>
        <source>One per line: name - role in the team</source>
        <translation>Mỗi dòng một người: họ tên - nhiệm vụ trong đoàn</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Nội dung giám sát</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên kế hoạch</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên đoàn</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>SupervisionPlans</name>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Ngày thông báo</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>{open} open of {count}</source>
        <translation>{open}/{count} chưa xong</translation>
    </message>
    <message>
        <source>Notified on {day}.</source>
        <translation>Đã thông báo ngày {day}.</translation>
    </message>
    <message>
        <source>Not notified yet.</source>
        <translation>Chưa thông báo.</translation>
    </message>
    <message>
        <source>Rule S2 does not bind this enterprise (a private enterprise that has not opted in); notifying the management before the activity, by {day}, is good practice.</source>
        <translation>Quy tắc S2 không bắt buộc đối với doanh nghiệp này (doanh nghiệp ngoài nhà nước không tự nguyện áp dụng); tuy vậy nên thông báo cho người sử dụng lao động trước khi kiểm tra, chậm nhất ngày {day}.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Nội dung giám sát</translation>
    </message>
    <message>
        <source>recorded on {day}</source>
        <translation>đã ghi nhận ngày {day}</translation>
    </message>
    <message>
        <source>not yet recorded</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>Notice to the management</source>
        <translation>Thông báo cho người sử dụng lao động</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên đoàn</translation>
    </message>
    <message>
        <source>Items raised from the findings</source>
        <translation>Kiến nghị giám sát từ kết luận</translation>
    </message>
    <message>
        <source>No supervision plan yet. The union plans what it checks (Decree 145/2020 Art 46), notifies the management, records its findings and raises its recommendations as items.</source>
        <translation>Chưa có kế hoạch kiểm tra, giám sát. Công đoàn cơ sở lập kế hoạch về nội dung kiểm tra (Điều 46 Nghị định 145/2020/NĐ-CP), thông báo cho người sử dụng lao động, ghi nhận kết luận và nêu các kiến nghị giám sát.</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>Lập kế hoạch…</translation>
    </message>
    <message>
        <source>Change the plan…</source>
        <translation>Sửa kế hoạch…</translation>
    </message>
    <message>
        <source>Record the notice…</source>
        <translation>Ghi nhận thông báo…</translation>
    </message>
    <message>
        <source>Record the findings…</source>
        <translation>Ghi nhận kết luận…</translation>
    </message>
    <message>
        <source>Raise an item…</source>
        <translation>Nêu kiến nghị giám sát…</translation>
    </message>
    <message>
        <source>Change the notice date…</source>
        <translation>Sửa ngày thông báo…</translation>
    </message>
</context>
<context>
    <name>SupervisionText</name>
    <message>
        <source>rule {rule}, {article}</source>
        <translation>quy tắc {rule}, {article}</translation>
    </message>
    <message>
        <source>Labour contracts and the collective agreement</source>
        <translation>Thực hiện hợp đồng lao động, thỏa ước lao động tập thể</translation>
    </message>
    <message>
        <source>Internal rules and regulations</source>
        <translation>Nội quy, quy chế của doanh nghiệp</translation>
    </message>
    <message>
        <source>Reward, welfare and worker-contributed funds</source>
        <translation>Quỹ khen thưởng, phúc lợi và các quỹ do người lao động đóng góp</translation>
    </message>
    <message>
        <source>Union fee and social, health and unemployment insurance</source>
        <translation>Trích nộp kinh phí công đoàn, đóng bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp</translation>
    </message>
    <message>
        <source>Emulation, rewards, discipline and complaints</source>
        <translation>Thi đua, khen thưởng, kỷ luật, giải quyết khiếu nại</translation>
    </message>
    <message>
        <source>Other matters</source>
        <translation>Nội dung khác</translation>
    </message>
    <message>
        <source>Supervision plan</source>
        <translation>Kế hoạch kiểm tra, giám sát</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Kiến nghị của người lao động</translation>
    </message>
    <message>
        <source>Conference resolution</source>
        <translation>Nghị quyết hội nghị người lao động</translation>
    </message>
    <message>
        <source>Dialogue action</source>
        <translation>Việc thực hiện sau đối thoại</translation>
    </message>
    <message>
        <source>Agreement clause</source>
        <translation>Điều khoản thỏa ước lao động tập thể</translation>
    </message>
    <message>
        <source>Inspection or own motion</source>
        <translation>Thanh tra, kiểm tra hoặc công đoàn tự nêu</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Ẩn danh</translation>
    </message>
    <message>
        <source>{name} (anonymous)</source>
        <translation>{name} (ẩn danh)</translation>
    </message>
    <message>
        <source>{status}, overdue</source>
        <translation>{status}, quá hạn</translation>
    </message>
    <message>
        <source>{counts}; overdue: {late}</source>
        <translation>{counts}; quá hạn: {late}</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>do người dùng đặt</translation>
    </message>
    <message>
        <source>no due date yet</source>
        <translation>chưa có hạn</translation>
    </message>
</context>
<context>
    <name>VotesPanel</name>
    <message>
        <source>Subject</source>
        <translation>Nội dung biểu quyết</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Tán thành</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Không tán thành</translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation>Không biểu quyết</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>% for</source>
        <translation>% tán thành</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>(adopts the resolution)</source>
        <translation>(thông qua nghị quyết)</translation>
    </message>
    <message>
        <source>e.g. Adopt the resolution of the conference</source>
        <translation>Ví dụ: Thông qua nghị quyết hội nghị</translation>
    </message>
    <message>
        <source>This vote adopts the resolution</source>
        <translation>Biểu quyết này thông qua nghị quyết</translation>
    </message>
    <message>
        <source>Record vote</source>
        <translation>Ghi nhận biểu quyết</translation>
    </message>
    <message>
        <source>New vote</source>
        <translation>Biểu quyết mới</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <source>The quorum (rule C3) was not reached: no vote can be taken.</source>
        <translation>Chưa đủ tỷ lệ tham dự tối thiểu (quy tắc C3): chưa thể biểu quyết.</translation>
    </message>
    <message>
        <source>Open the conference before taking a vote.</source>
        <translation>Hãy khai mạc hội nghị trước khi biểu quyết.</translation>
    </message>
    <message>
        <source>{total} votes counted; {present} present</source>
        <translation>Đã kiểm {total} phiếu; {present} người có mặt</translation>
    </message>
    <message>
        <source>{subject}: {verdict}. {why}</source>
        <translation>{subject}: {verdict}. {why}</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Welcome to dcs-enterprise</source>
        <translation>Chào mừng đến với dcs-enterprise</translation>
    </message>
    <message>
        <source>dcs-enterprise keeps the records of grassroots democracy at the workplace: the workers&apos; conference, workplace dialogue, collective bargaining and the agreement, supervision and petitions, and what the employer publishes. It reminds you of the deadlines the law sets and prints the documents in the required form.</source>
        <translation>dcs-enterprise lưu giữ hồ sơ thực hiện dân chủ ở cơ sở tại nơi làm việc: Hội nghị người lao động, đối thoại tại nơi làm việc, thương lượng tập thể và thỏa ước lao động tập thể, giám sát và kiến nghị, cùng các nội dung người sử dụng lao động công khai. Chương trình nhắc các thời hạn do pháp luật quy định và in văn bản theo đúng thể thức.</translation>
    </message>
    <message>
        <source>This wizard sets up your enterprise in three steps: its profile, its democracy regulation and the administrator&apos;s account. Everything can be changed later in Settings.</source>
        <translation>Trình hướng dẫn này thiết lập doanh nghiệp của bạn qua ba bước: thông tin doanh nghiệp, quy chế dân chủ và tài khoản quản trị viên. Mọi thông tin đều có thể thay đổi sau trong phần Cài đặt.</translation>
    </message>
    <message>
        <source>Set up dcs-enterprise</source>
        <translation>Thiết lập dcs-enterprise</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp theo &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Your enterprise</source>
        <translation>Doanh nghiệp của bạn</translation>
    </message>
    <message>
        <source>The name heads every document the program prints. Only the name is needed now; the rest can wait.</source>
        <translation>Tên doanh nghiệp đứng đầu mọi văn bản chương trình in ra. Lúc này chỉ cần nhập tên; các thông tin khác có thể bổ sung sau.</translation>
    </message>
    <message>
        <source>Enterprise name (required)</source>
        <translation>Tên doanh nghiệp (bắt buộc)</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Province or city</source>
        <translation>Tỉnh/thành phố</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Người đại diện theo pháp luật</translation>
    </message>
    <message>
        <source>Title of the legal representative</source>
        <translation>Chức vụ của người đại diện theo pháp luật</translation>
    </message>
    <message>
        <source>Grassroots trade union</source>
        <translation>Công đoàn cơ sở</translation>
    </message>
    <message>
        <source>Upper-level trade union</source>
        <translation>Công đoàn cấp trên cơ sở</translation>
    </message>
    <message>
        <source>e.g. Công ty TNHH …</source>
        <translation>Ví dụ: Công ty TNHH …</translation>
    </message>
    <message>
        <source>e.g. General Director</source>
        <translation>Ví dụ: Tổng Giám đốc</translation>
    </message>
    <message>
        <source>Democracy regulation</source>
        <translation>Quy chế dân chủ</translation>
    </message>
    <message>
        <source>Your enterprise&apos;s democracy regulation may set these differently (Decree 145/2020 Art 47.3). The defaults follow the law; the grey line says where each comes from.</source>
        <translation>Quy chế dân chủ ở cơ sở tại nơi làm việc của doanh nghiệp có thể quy định khác (khoản 3 Điều 47 Nghị định 145/2020/NĐ-CP). Giá trị mặc định theo quy định của pháp luật; dòng chữ màu xám cho biết căn cứ của từng giá trị.</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Chế độ áp dụng</translation>
    </message>
    <message>
        <source>of those summoned</source>
        <translation>số người được triệu tập</translation>
    </message>
    <message>
        <source>Conference quorum</source>
        <translation>Tỷ lệ tham dự tối thiểu</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>trên</translation>
    </message>
    <message>
        <source>of those present in favour</source>
        <translation>số người dự hội nghị tán thành</translation>
    </message>
    <message>
        <source>A resolution passes with</source>
        <translation>Nghị quyết được thông qua khi có</translation>
    </message>
    <message>
        <source>fewer than</source>
        <translation>dưới</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>người lao động</translation>
    </message>
    <message>
        <source>Full conference with</source>
        <translation>Hội nghị toàn thể khi có</translation>
    </message>
    <message>
        <source>Weekly rest days</source>
        <translation>Ngày nghỉ hằng tuần</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>Tài khoản quản trị viên</translation>
    </message>
    <message>
        <source>The administrator manages accounts, backups and settings. Keep the password safe: nobody can read it back.</source>
        <translation>Quản trị viên quản lý tài khoản, sao lưu và cài đặt. Hãy giữ mật khẩu cẩn thận: không ai có thể xem lại mật khẩu.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>At least {n} characters.</source>
        <translation>Tối thiểu {n} ký tự.</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>The user name is required and has no spaces.</source>
        <translation>Tên đăng nhập là bắt buộc và không được chứa dấu cách.</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>Mật khẩu phải có ít nhất {n} ký tự.</translation>
    </message>
    <message>
        <source>The two passwords do not match. Type the same password in both fields.</source>
        <translation>Hai mật khẩu không khớp nhau. Hãy nhập cùng một mật khẩu vào cả hai ô.</translation>
    </message>
</context>
</TS>
