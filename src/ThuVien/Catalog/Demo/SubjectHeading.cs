using System.Collections.Frozen;
using System.Collections.Immutable;

using ThuVien.Marc;

namespace ThuVien.Catalog.Demo;

/// <summary>
/// Turns "Văn học Việt Nam -- Truyện ngắn" into 650 subfields: the first element is $a, and each
/// subdivision is coded as MARC21 does (650 $v form, $x general, $y chronological, $z geographic).
/// </summary>
internal static class SubjectHeading
{
    private const string Separator = " -- ";

    private static readonly FrozenSet<string> Forms = FrozenSet.ToFrozenSet(
    [
        "Tiểu thuyết", "Truyện ngắn", "Thơ", "Truyện thơ", "Truyện tranh", "Truyện cổ tích", "Truyện thiếu nhi",
        "Từ điển", "Bách khoa thư", "Sách giáo khoa", "Giáo trình", "Luận văn", "Luận án", "Bản đồ", "Tập bản đồ",
        "Tạp chí", "Báo", "Ký", "Tùy bút", "Hồi ký", "Nhật ký", "Phóng sự", "Kịch", "Phim truyện", "Phim tài liệu",
        "Sách nói", "Ca khúc", "Nghiên cứu văn học", "Sách hướng dẫn",
        "Fiction", "Poetry", "Drama", "Dictionaries", "Textbooks", "Maps", "Atlases", "Periodicals", "Juvenile fiction",
        "Personal narratives, Vietnamese", "Translations into English", "Romans", "Encyclopedias",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Places = FrozenSet.ToFrozenSet(
    [
        "Việt Nam", "Hà Nội", "Thành phố Hồ Chí Minh", "Sài Gòn", "Huế", "Nam Bộ", "Bắc Bộ", "Tây Bắc", "Cà Mau",
        "Anh", "Pháp", "Nga", "Mỹ", "Nhật Bản", "Trung Quốc", "Đông Dương", "Colombia", "Afghanistan", "Brazil",
        "Vietnam", "England", "France", "United States", "Indochina", "Great Britain", "Denmark",
    ], StringComparer.Ordinal);

    public static DataField ToField(DemoSubject subject)
    {
        var parts = subject.Heading.Split(Separator);
        var subfields = ImmutableArray.CreateBuilder<Subfield>(parts.Length);
        subfields.Add(new Subfield('a', parts[0]));
        for (var i = 1; i < parts.Length; i++)
        {
            subfields.Add(new Subfield(CodeOf(parts[i]), parts[i]));
        }

        return new DataField(subject.Tag, ' ', subject.Thesaurus, subfields.MoveToImmutable());
    }

    private static char CodeOf(string subdivision)
    {
        if (Forms.Contains(subdivision))
        {
            return 'v';
        }

        if (Places.Contains(subdivision))
        {
            return 'z';
        }

        return IsPeriod(subdivision) ? 'y' : 'x';
    }

    private static bool IsPeriod(string subdivision) =>
        char.IsAsciiDigit(subdivision[0])
        || subdivision.StartsWith("Thế kỷ", StringComparison.Ordinal)
        || subdivision.StartsWith("Thời kỳ", StringComparison.Ordinal)
        || subdivision.EndsWith("century", StringComparison.Ordinal);
}
