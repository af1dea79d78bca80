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
        <source>The dashboard will show what is due this week and what is overdue across every workflow: the conference checklist, dialogue and bargaining deadlines, the agreement&apos;s filing and expiry, petitions and supervision items, with counts and trends. Those workflows are not recorded yet, so there is nothing to show.</source>
        <translation>Trang tổng quan sẽ hiển thị những việc đến hạn trong tuần này và những việc đã quá hạn ở mọi quy trình: danh mục công việc chuẩn bị hội nghị, thời hạn đối thoại và thương lượng, việc gửi thỏa ước lao động tập thể và thời điểm thỏa ước hết hạn, kiến nghị và các nội dung giám sát, kèm số liệu và xu hướng. Các quy trình này chưa được ghi nhận trong chương trình nên hiện chưa có gì để hiển thị.</translation>
    </message>
    <message>
        <source>Workers&apos; conference</source>
        <translation>Hội nghị người lao động</translation>
    </message>
    <message>
        <source>Workers&apos; conference (Decree 145/2020 Art 47): the plan, delegates elected by department, invitations, check-in with live quorum, votes decided by the rules, minutes and resolution, publication and the 6-month review. Coming in a later release.</source>
        <translation>Hội nghị người lao động (Điều 47 Nghị định 145/2020/NĐ-CP): kế hoạch tổ chức, đại biểu do từng phòng ban bầu, giấy mời, điểm danh kèm theo dõi trực tiếp điều kiện tiến hành hội nghị, kết quả biểu quyết xác định theo quy định, biên bản và nghị quyết, công khai và đánh giá việc thực hiện nghị quyết sau 6 tháng. Sẽ có trong phiên bản sau.</translation>
    </message>
    <message>
        <source>Workplace dialogue</source>
        <translation>Đối thoại tại nơi làm việc</translation>
    </message>
    <message>
        <source>Workplace dialogue (Decree 145/2020 Arts 37-41): each side&apos;s representatives, periodic, requested and incident dialogues with their deadlines, minutes with the statutory signatories and the notice of main points. Coming in a later release.</source>
        <translation>Đối thoại tại nơi làm việc (từ Điều 37 đến Điều 41 Nghị định 145/2020/NĐ-CP): thành viên đại diện của mỗi bên; đối thoại định kỳ, đối thoại khi có yêu cầu và đối thoại khi có vụ việc, cùng các thời hạn tương ứng; biên bản có đủ người ký theo quy định và thông báo nội dung chính của cuộc đối thoại. Sẽ có trong phiên bản sau.</translation>
    </message>
    <message>
        <source>Bargaining and agreement</source>
        <translation>Thương lượng và thỏa ước</translation>
    </message>
    <message>
        <source>Collective bargaining and the collective labour agreement (Labour Code 2019 Arts 65-89): requests and their legal clocks, sessions, the vote of all workers, signing, filing, term and renewal. Coming in a later release.</source>
        <translation>Thương lượng tập thể và thỏa ước lao động tập thể (từ Điều 65 đến Điều 89 Bộ luật Lao động 2019): yêu cầu thương lượng và các thời hạn luật định, các phiên họp thương lượng, việc lấy ý kiến biểu quyết của toàn thể người lao động, ký kết, gửi thỏa ước đến cơ quan quản lý, thời hạn và việc gia hạn hoặc ký kết thỏa ước mới. Sẽ có trong phiên bản sau.</translation>
    </message>
    <message>
        <source>Supervision and petitions</source>
        <translation>Giám sát và kiến nghị</translation>
    </message>
    <message>
        <source>Supervision items and workers&apos; petitions: plans, findings, recommendations with due dates, answers and escalation; petitions that may be anonymous to all but the union. Coming in a later release.</source>
        <translation>Các nội dung giám sát và kiến nghị của người lao động: kế hoạch giám sát, kết quả giám sát, kiến nghị kèm hạn trả lời, nội dung trả lời và việc chuyển lên cấp trên; kiến nghị có thể được giữ kín danh tính người gửi với tất cả mọi người, trừ công đoàn cơ sở. Sẽ có trong phiên bản sau.</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Công khai</translation>
    </message>
    <message>
        <source>The register of what the employer published (Decree 145/2020 Art 43): what, in which form, where and for how long, with evidence. Coming in a later release.</source>
        <translation>Sổ theo dõi các nội dung người sử dụng lao động đã công khai (Điều 43 Nghị định 145/2020/NĐ-CP): nội dung gì, theo hình thức nào, ở đâu và trong bao lâu, kèm tài liệu chứng minh. Sẽ có trong phiên bản sau.</translation>
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
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
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
        <source>Every change is recorded with who made it and when. The events are chained, so a change made outside the program breaks the chain: Verify chain finds it.</source>
        <translation>Mọi thay đổi đều được ghi lại kèm người thực hiện và thời điểm thực hiện. Các thao tác được liên kết thành chuỗi, nên thay đổi nào thực hiện bên ngoài chương trình cũng làm đứt chuỗi: nút Kiểm tra chuỗi sẽ phát hiện ra.</translation>
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
        <source>Verify chain</source>
        <translation>Kiểm tra chuỗi</translation>
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
        <source>Checking the chain…</source>
        <translation>Đang kiểm tra chuỗi…</translation>
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
    <name>Cli</name>
    <message>
        <source>There is no database at {path}. Check the path, or name the file with --db.</source>
        <translation>Không có cơ sở dữ liệu tại {path}. Hãy kiểm tra lại đường dẫn, hoặc chỉ định tệp bằng tùy chọn --db.</translation>
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
        <source>Published for all workers</source>
        <translation>Công khai cho toàn thể người lao động</translation>
    </message>
    <message>
        <source>Search published records</source>
        <translation>Tìm trong các nội dung đã công khai</translation>
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
        <source>Employee view: read only. Officers sign in to work on records.</source>
        <translation>Chế độ xem của người lao động: chỉ xem. Cán bộ cần đăng nhập để làm việc với hồ sơ.</translation>
    </message>
    <message>
        <source>Nothing has been published yet.</source>
        <translation>Chưa có nội dung nào được công khai.</translation>
    </message>
    <message>
        <source>The resolutions of the workers&apos; conference, the collective labour agreement in force, dialogue notices and the answers to petitions will appear here once they are published.</source>
        <translation>Nghị quyết Hội nghị người lao động, thỏa ước lao động tập thể đang có hiệu lực, thông báo về đối thoại và nội dung trả lời kiến nghị sẽ hiển thị tại đây sau khi được công khai.</translation>
    </message>
    <message>
        <source>{name} — published records</source>
        <translation>{name} — các nội dung đã công khai</translation>
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
