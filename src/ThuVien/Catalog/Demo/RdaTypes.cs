using ThuVien.Marc;

using static ThuVien.Catalog.Demo.DemoRecordBuilder;

namespace ThuVien.Catalog.Demo;

/// <summary>
/// 336 content, 337 media and 338 carrier type (RDA 6.9, 3.2, 3.3), with the terms in Vietnamese
/// (the language of cataloguing) and the registered codes in $b.
/// </summary>
internal static class RdaTypes
{
    public static IEnumerable<DataField> Of(DemoWork work)
    {
        var (content, contentCode) = work.Kind switch
        {
            DemoKind.Map => ("hình ảnh bản đồ", "cri"),
            DemoKind.SpokenWord => ("lời nói", "spw"),
            DemoKind.Music => ("âm nhạc biểu diễn", "prm"),
            DemoKind.Video => ("hình ảnh động hai chiều", "tdi"),
            _ => ("văn bản", "txt"),
        };
        var (media, mediaCode) = work.Kind switch
        {
            DemoKind.EBook => ("máy tính", "c"),
            DemoKind.SpokenWord or DemoKind.Music => ("âm thanh", "s"),
            DemoKind.Video => ("video", "v"),
            _ => ("không qua thiết bị trung gian", "n"),
        };
        var (carrier, carrierCode) = work.Kind switch
        {
            DemoKind.EBook => ("tài nguyên trực tuyến", "cr"),
            DemoKind.Map when work.Map?.IsAtlas != true => ("tờ", "nb"),
            DemoKind.SpokenWord or DemoKind.Music => ("đĩa âm thanh", "sd"),
            DemoKind.Video => ("đĩa video", "vd"),
            _ => ("tập", "nc"),
        };
        yield return Field("336", ' ', ' ', ('a', content), ('b', contentCode), ('2', "rdacontent"));
        yield return Field("337", ' ', ' ', ('a', media), ('b', mediaCode), ('2', "rdamedia"));
        yield return Field("338", ' ', ' ', ('a', carrier), ('b', carrierCode), ('2', "rdacarrier"));
    }
}
