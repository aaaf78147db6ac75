namespace ThuVien.Marc.Tests.Vietnamese;

/// <summary>The 134 letters of Vietnamese beyond ASCII, lowercase then capitals, as plain test data.</summary>
internal static class VietnameseLetterSet
{
    public const string Lowercase =
        "àảãáạ" + "ăằẳẵắặ" + "âầẩẫấậ" + "èẻẽéẹ" + "êềểễếệ" + "ìỉĩíị" + "òỏõóọ" + "ôồổỗốộ" + "ơờởỡớợ" +
        "ùủũúụ" + "ưừửữứự" + "ỳỷỹýỵ" + "đ";

    public const string Capitals =
        "ÀẢÃÁẠ" + "ĂẰẲẴẮẶ" + "ÂẦẨẪẤẬ" + "ÈẺẼÉẸ" + "ÊỀỂỄẾỆ" + "ÌỈĨÍỊ" + "ÒỎÕÓỌ" + "ÔỒỔỖỐỘ" + "ƠỜỞỠỚỢ" +
        "ÙỦŨÚỤ" + "ƯỪỬỮỨỰ" + "ỲỶỸÝỴ" + "Đ";

    public const string All = Lowercase + Capitals;
}
