namespace ThuVien.Search.Vietnamese;

/// <summary>
/// The six tones, declared in dictionary order (ngang, huyền, hỏi, ngã, sắc, nặng) so that the
/// collation can compare them by value.
/// </summary>
internal enum VietnameseTone
{
    None = 0,
    Grave = 1,
    Hook = 2,
    Tilde = 3,
    Acute = 4,
    DotBelow = 5,
}
