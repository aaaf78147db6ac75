using System.Text;
using CsCheck;
using ThuVien.Marc.Text;
using ThuVien.Search.Vietnamese;

namespace ThuVien.Tests.Search.Vietnamese;

public class VietnamesePropertyTests
{
    // Vietnamese letters of both cases, the combining marks of decomposed text, other Latin letters,
    // digits, spaces and punctuation: text that reaches every branch of the tables.
    private const string Alphabet =
        "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ" +
        "AÀẢÃÁẠĂẰẲẴẮẶÂẦẨẪẤẬEÈẺẼÉẸÊỀỂỄẾỆIÌỈĨÍỊOÒỎÕÓỌÔỒỔỖỐỘƠỜỞỠỚỢUÙỦŨÚỤƯỪỬỮỨỰYỲỶỸÝỴĐ" +
        "bcdghklmnpqrstvxBCDGHKLMNPQRSTVXfjwzFJWZ" +
        "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B\u0308\u030A" +
        "çñøæßœÆØÇüöÜÖðÐ0123456789  -.,;:'()" +
        "\u0344\u212A\u212B\u2126\uD800\uDC00\uFFFE";

    private static readonly Gen<string> VietnameseLike = Gen.Char[Alphabet].Array[0, 40].Select(chars => new string(chars));

    private static readonly Gen<string> AnyText = Gen.OneOf(VietnameseLike, Gen.String, Gen.Char.Array[0, 20].Select(chars => new string(chars)));

    private static readonly Gen<string> Syllables = Gen.OneOf(
        "việt", "nam", "người", "nghiêng", "giường", "quốc", "thủy", "hòa", "khỏe", "quý", "khuỷu", "ngoài",
        "đường", "tiếng", "truyện", "kiều", "hà", "nội", "ăn", "ở", "ý", "gì", "giữa", "hoàng", "xuân");

    private static readonly Gen<string> VietnameseWords = Gen.Select(Syllables, Gen.Bool, Gen.Bool)
        .Select((syllable, capital, decomposed) =>
        {
            var word = capital ? syllable.ToUpperInvariant() : syllable;
            return decomposed ? word.Normalize(NormalizationForm.FormD) : word;
        })
        .Array[1, 6]
        .Select(words => string.Join(' ', words));

    [Fact]
    public void Folding_never_throws_and_never_more_than_doubles_the_length()
    {
        AnyText.Sample(text =>
        {
            var folded = VietnameseText.Fold(text);
            Assert.True(folded.Length <= 2 * text.Length, text);

            Span<char> destination = new char[2 * text.Length];
            var written = VietnameseText.Fold(text, destination);
            Assert.Equal(folded, destination[..written].ToString());
        });
    }

    [Fact]
    public void Folded_text_has_no_Vietnamese_diacritics_and_folds_to_itself()
    {
        AnyText.Sample(text =>
        {
            var folded = VietnameseText.Fold(text);
            Assert.False(VietnameseText.HasVietnameseDiacritics(folded), folded);
            Assert.Equal(folded, VietnameseText.Fold(folded));
        });
    }

    [Fact]
    public void The_exact_form_of_an_exact_form_is_itself()
    {
        AnyText.Sample(text =>
        {
            var exact = VietnameseText.Exact(text);
            Assert.Equal(exact, VietnameseText.Exact(exact));
        });
    }

    [Fact]
    public void Decomposed_capitalised_Vietnamese_has_the_exact_form_and_fold_of_the_composed_lower_case()
    {
        VietnameseWords.Sample(text =>
        {
            var plain = text.Normalize(NormalizationForm.FormC).ToLowerInvariant();
            Assert.Equal(plain, VietnameseText.Exact(text));
            Assert.Equal(VietnameseText.Fold(plain), VietnameseText.Fold(text));
            Assert.Equal(VietnameseCollation.SortKey(plain), VietnameseCollation.SortKey(text));
        });
    }

    [Fact]
    public void Folding_the_exact_form_folds_the_text()
    {
        VietnameseLike.Sample(text => Assert.Equal(VietnameseText.Fold(text), VietnameseText.Fold(VietnameseText.Exact(text))));
    }

    [Fact]
    public void Sort_keys_order_strings_totally_and_the_comparer_agrees()
    {
        Gen.Select(AnyText, AnyText, AnyText).Sample((a, b, c) =>
        {
            var ab = VietnameseCollation.Comparer.Compare(a, b);
            Assert.Equal(Math.Sign(string.CompareOrdinal(VietnameseCollation.SortKey(a), VietnameseCollation.SortKey(b))), Math.Sign(ab));
            Assert.Equal(-Math.Sign(ab), Math.Sign(VietnameseCollation.Comparer.Compare(b, a)));
            Assert.Equal(0, VietnameseCollation.Comparer.Compare(a, a));

            var bc = VietnameseCollation.Comparer.Compare(b, c);
            if (ab <= 0 && bc <= 0)
            {
                Assert.True(VietnameseCollation.Comparer.Compare(a, c) <= 0, $"{a} ≤ {b} ≤ {c}");
            }
        });
    }

    [Fact]
    public void Sort_keys_never_hold_a_char_outside_U0001_to_UD7FF()
    {
        AnyText.Sample(text => Assert.All(VietnameseCollation.SortKey(text), c => Assert.InRange(c, '\u0001', '\uD7FF')));
    }

    [Fact]
    public void Decoding_any_word_never_throws_and_gives_a_valid_syllable_or_null()
    {
        Gen.OneOf(Gen.String[0, 12], Gen.Char["abcdeghiklmnopqrstuvwxyz0123456789"].Array[1, 10].Select(c => new string(c))).Sample(word =>
        {
            var syllable = VietnameseInput.Decode(word);
            Assert.True(syllable is null || (VietnameseSyllable.IsValid(syllable) && syllable == VietnameseText.Exact(syllable)), syllable);
        });
    }
}
