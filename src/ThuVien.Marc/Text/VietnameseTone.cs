namespace ThuVien.Marc.Text;

/// <summary>
/// The six tones, declared in dictionary order (ngang, huyền, hỏi, ngã, sắc, nặng) so that a collation
/// can compare them by value. The values also fit the three bits the VNI modifier table packs them in.
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
