using ThuVien.Search.Vietnamese;

namespace ThuVien.Tests.Search.Vietnamese;

public class VietnameseCollationTests
{
    [Theory]
    [InlineData("An", "Ăn", "Âm", "Bà")]
    [InlineData("Dương", "Đà")]
    [InlineData("Hoa", "Hòa", "Hỏa", "Hóa", "Họa")]
    [InlineData("ma", "mà", "mả", "mã", "má", "mạ")]
    [InlineData("U", "Ư", "V")]
    [InlineData("Tư", "Tựa", "Tưng")]
    [InlineData("2001", "A")]
    [InlineData("1984", "Anh")]
    [InlineData("Hà Nam", "Hà Nội")]
    [InlineData("Ha", "Hà", "Ha Nam", "Hà Nam")]
    [InlineData("Hòa Binh", "Hòa Bình")]
    [InlineData("Cao", "Chí")]
    [InlineData("Ca", "Cá", "Cà phê")]
    [InlineData("Ơn", "Phạm", "Quân", "Rừng")]
    [InlineData("Ôi", "Ơi", "Pa")]
    [InlineData("E", "Em", "Ê", "Êm")]
    [InlineData("Ê", "F", "Gà")]
    [InlineData("Xuân", "Yên")]
    [InlineData("Dê", "Dế", "Đê")]
    [InlineData("Vĩnh Phúc", "Vĩnh Yên")]
    public void Words_sort_in_Vietnamese_dictionary_order(params string[] ordered)
    {
        for (var i = 1; i < ordered.Length; i++)
        {
            Assert.True(
                VietnameseCollation.Compare(ordered[i - 1], ordered[i]) < 0,
                $"\"{ordered[i - 1]}\" should sort before \"{ordered[i]}\"");
        }
    }

    [Fact]
    public void A_shelf_of_titles_sorts_in_dictionary_order()
    {
        string[] ordered =
        [
            "1945 – Những ngày tháng Tám",
            "Anh hùng xạ điêu",
            "Ánh sáng",
            "Ăn mày dĩ vãng",
            "Bác Hồ",
            "Chí Phèo",
            "Dế Mèn phiêu lưu ký",
            "Đất rừng phương Nam",
            "Gió lạnh đầu mùa",
            "Nhật ký trong tù",
            "Những ngôi sao xa xôi",
            "Số đỏ",
            "Tắt đèn",
            "Tây Tiến",
            "Truyện Kiều",
            "Vợ nhặt",
        ];
        var shuffled = ordered.Reverse().ToList();
        shuffled.Sort(VietnameseCollation.Comparer);
        Assert.Equal(ordered, shuffled);
    }

    [Theory]
    [InlineData("Hà Nội", "HÀ NỘI")]
    [InlineData("Hà Nội", "hà nội")]
    [InlineData("Việt Nam", "Vie\u0302\u0323t Nam")]
    [InlineData("Người", "Ngu\u031Bo\u031B\u0300i")]
    [InlineData("Hòa", "Hoà")]
    [InlineData("Thủy", "Thuỷ")]
    [InlineData("Hà Nội", "Hà  Nội")]
    [InlineData("Hà Nội", "Hà - Nội")]
    [InlineData("Hà Nội", " Hà, Nội. ")]
    [InlineData("Hà Nội", "\"Hà Nội\"")]
    [InlineData("Đà Lạt", "\u00D0à Lạt")]
    public void Spellings_of_the_same_words_share_a_key(string a, string b)
    {
        Assert.Equal(VietnameseCollation.SortKey(a), VietnameseCollation.SortKey(b));
    }

    [Theory]
    [InlineData("Việt Nam")]
    [InlineData("Les Misérables")]
    [InlineData("Война и мир")]
    [InlineData("紅樓夢 𠀀 😀")]
    [InlineData("\uE000\uFF21\u212A")]
    [InlineData("Ngu\u031Bo\u031B\u0300i 1945")]
    public void Keys_hold_only_chars_whose_UTF8_bytes_sort_as_the_chars(string text)
    {
        var key = VietnameseCollation.SortKey(text);
        Assert.NotEmpty(key);
        Assert.All(key, c => Assert.InRange(c, '\u0001', '\uD7FF'));
    }

    [Fact]
    public void Latin_text_keys_stay_one_byte_a_char()
    {
        var key = VietnameseCollation.SortKey("Đường Kách mệnh");
        Assert.All(key, c => Assert.InRange(c, '\u0001', '\u007F'));
        Assert.True(key.Length < 2 * "Đường Kách mệnh".Length, key);
    }

    [Fact]
    public void Only_the_first_64_letters_count()
    {
        var long1 = string.Concat(Enumerable.Repeat("abcdefgh", 8)) + "a";
        var long2 = string.Concat(Enumerable.Repeat("abcdefgh", 8)) + "z";
        Assert.Equal(VietnameseCollation.SortKey(long1), VietnameseCollation.SortKey(long2));
        Assert.Equal(64, VietnameseCollation.SortKey(new string('đ', 500)).Length);
    }

    [Fact]
    public void Text_without_letters_or_digits_has_an_empty_key_that_sorts_first()
    {
        Assert.Equal(string.Empty, VietnameseCollation.SortKey(" -–.,;!? "));
        Assert.True(VietnameseCollation.Compare("...", "A") < 0);
        Assert.True(VietnameseCollation.Compare(null, "") < 0);
    }
}
