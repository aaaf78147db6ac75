namespace ThuVien.Web.Opac;

/// <summary>
/// The OPAC's texts: OpacText.resx holds the Vietnamese (the neutral language of these resources)
/// and OpacText.en.resx the English. Pages read them through IStringLocalizer&lt;OpacText&gt;.
/// </summary>
internal sealed class OpacText;
