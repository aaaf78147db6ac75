#:project ../../src/ThuVien.Marc/ThuVien.Marc.csproj
// Writes a fixed mix of 1,000 search requests (one URL query string a line, for /api/v1/search) drawn
// from records of the benchmark file, so that most of them find something, as real readers' do:
// Vietnamese typed without diacritics, exact Vietnamese, quoted two-word phrases, title:/author:/
// subject: field queries, ISBNs (bare, hyphenated, ISBN-10), prefixes*, words with a year range,
// words from the foreign records, and misspellings that may find nothing. About half carry one or two
// facet filters taken from the record the words came from; a few ask for another sort or page.
// Seeded: the same records file gives the same queries.
//   dotnet run bench/search/make-queries.cs -- <records.mrc> <out.txt> [seed]
using System.Globalization;
using System.Text;
using ThuVien.Marc;
using ThuVien.Marc.Iso2709;
using ThuVien.Marc.Mapping;

const int Sampled = 50_000;
var input = args[0];
var output = args[1];
var random = new Random(args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20261125);

var vietnamese = new List<Facts>();
var foreign = new List<Facts>();
using (var reader = new Iso2709Reader(File.OpenRead(input)))
{
    foreach (var result in reader.Take(Sampled))
    {
        if (result.Record is { } record && Facts.From(record) is { TitleWords.Length: > 0 } facts)
        {
            (facts.Language == "vie" ? vietnamese : foreign).Add(facts);
        }
    }
}

// How many of each kind, out of 1,000.
(string Kind, int Count)[] mix =
[
    ("folded", 170), ("exact", 140), ("phrase", 100), ("title", 60), ("author", 60), ("subject", 60),
    ("isbn", 70), ("prefix", 90), ("years", 70), ("foreign", 120), ("typo", 60),
];
var kinds = mix.SelectMany(m => Enumerable.Repeat(m.Kind, m.Count)).ToArray();
random.Shuffle(kinds);

var lines = new List<string>(kinds.Length);
var filtered = 0;
foreach (var kind in kinds)
{
    var facts = kind is "foreign" ? Pick(foreign) : kind is "author" or "subject" or "isbn" && random.NextDouble() < 0.3 ? Pick(foreign) : Pick(vietnamese);
    var query = new StringBuilder("q=");
    query.Append(Uri.EscapeDataString(Query(kind, facts)));
    if (kind == "years")
    {
        var from = facts.Year is { } year ? year - (year % 10) : 1990;
        query.Append("&year=").Append(CultureInfo.InvariantCulture, $"{from}-{from + (random.NextDouble() < 0.7 ? 9 : 19)}");
    }

    if (random.NextDouble() < 0.5 && AddFilters(query, facts, random.NextDouble() < 0.7 ? 1 : 2))
    {
        filtered++;
    }

    var sort = random.NextDouble();
    query.Append(sort switch { < 0.75 => string.Empty, < 0.83 => "&sort=-year", < 0.89 => "&sort=year", < 0.95 => "&sort=title", _ => "&sort=-title" });
    var page = random.NextDouble();
    query.Append(page switch { < 0.85 => string.Empty, < 0.95 => "&page=2", _ => $"&page={random.Next(3, 6)}" });
    query.Append(random.NextDouble() < 0.9 ? "&size=10" : "&size=20");
    lines.Add(query.ToString());
}

File.WriteAllLines(output, lines);
Console.Error.WriteLine($"make-queries: {lines.Count} queries ({filtered} with facet filters) from {vietnamese.Count + foreign.Count:N0} records -> {output}");

string Query(string kind, Facts facts)
{
    switch (kind)
    {
        case "folded":
            return Folded(Words(facts, random.Next(1, 3)));
        case "exact":
            return Words(facts, random.Next(1, 3));
        case "phrase":
            return $"\"{Words(facts, 2)}\"";
        case "title":
            var words = Words(facts, random.Next(1, 3));
            return words.Contains(' ', StringComparison.Ordinal) ? $"title:\"{MaybeFolded(words)}\"" : $"title:{MaybeFolded(words)}";
        case "author":
            return facts.Author is { } author ? $"author:\"{MaybeFolded(author)}\"" : $"author:{MaybeFolded(Words(facts, 1))}";
        case "subject":
            return facts.Subject is { } subject ? $"subject:\"{MaybeFolded(subject)}\"" : $"subject:{MaybeFolded(Words(facts, 1))}";
        case "isbn":
            return facts.Isbn is { } isbn ? IsbnForm(isbn) : Words(facts, 1);
        case "prefix":
            var word = LongWord(facts, 4);
            return MaybeFolded(word[..random.Next(3, word.Length)]) + "*";
        case "typo":
            var typed = LongWord(facts, 5).ToCharArray();
            var at = random.Next(typed.Length - 1);
            (typed[at], typed[at + 1]) = (typed[at + 1], typed[at]);
            return Folded(new string(typed));
        default: // "years" and "foreign": plain words as typed
            return Words(facts, random.Next(1, 3));
    }
}

string Words(Facts facts, int count)
{
    var words = facts.TitleWords;
    count = Math.Min(count, words.Length);
    return string.Join(' ', words, random.Next(words.Length - count + 1), count).ToLowerInvariant();
}

string LongWord(Facts facts, int length)
{
    var longer = facts.TitleWords.Where(w => w.Length >= length).ToArray();
    return (longer.Length > 0 ? longer[random.Next(longer.Length)] : facts.TitleWords[0].PadRight(length, 'a')).ToLowerInvariant();
}

string MaybeFolded(string text) => random.NextDouble() < 0.5 ? Folded(text) : text;

string IsbnForm(string isbn13) => random.NextDouble() switch
{
    < 0.55 => isbn13,
    < 0.85 => $"{isbn13[..3]}-{isbn13[3..6]}-{isbn13[6..8]}-{isbn13[8..12]}-{isbn13[12]}",
    _ => Isbn10(isbn13),
};

bool AddFilters(StringBuilder query, Facts facts, int count)
{
    var options = new List<(string Name, string Value)>();
    options.Add(("type", facts.Type));
    Add(options, "language", facts.Language);
    Add(options, "subject", facts.Subject);
    Add(options, "author", facts.Author);
    Add(options, "library", facts.Library);
    Add(options, "location", facts.Location);
    if (facts.Available)
    {
        options.Add(("available", "true"));
    }

    if (facts.Year is { } year && !query.ToString().Contains("&year=", StringComparison.Ordinal))
    {
        options.Add(("year", $"{year - (year % 10)}-{year - (year % 10) + 9}"));
    }

    var chosen = options.ToArray();
    random.Shuffle(chosen);
    foreach (var (name, value) in chosen.Take(count))
    {
        query.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
    }

    return chosen.Length > 0;
}

static void Add(List<(string, string)> options, string name, string? value)
{
    if (!string.IsNullOrEmpty(value))
    {
        options.Add((name, value));
    }
}

Facts Pick(List<Facts> from) => from[random.Next(from.Count)];

static string Folded(string text)
{
    var decomposed = text.Normalize(NormalizationForm.FormD);
    var folded = new StringBuilder(decomposed.Length);
    foreach (var c in decomposed)
    {
        if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
        {
            folded.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }
    }

    return folded.ToString();
}

static string Isbn10(string isbn13)
{
    var nine = isbn13[3..12];
    var sum = 0;
    for (var i = 0; i < 9; i++)
    {
        sum += (nine[i] - '0') * (10 - i);
    }

    var check = (11 - (sum % 11)) % 11;
    return nine + (check == 10 ? "X" : check.ToString(CultureInfo.InvariantCulture));
}

/// <summary>What a query can be built from: one record's words and facet values, as the OPAC would show them.</summary>
internal sealed record Facts(string[] TitleWords, string? Author, string? Subject, string? Isbn, int? Year, string? Language, string Type, string? Library, string? Location, bool Available)
{
    private static readonly char[] Separators = [' ', ',', '.', ':', ';', '/', '=', '"', '\'', '(', ')', '[', ']', '?', '!', '-', '&', '+'];

    public static Facts From(MarcRecord record)
    {
        var summary = BibliographicSummary.FromMarc(record);
        var words = (record.Value("245", 'a') ?? string.Empty).Split(Separators, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 1 && w.All(char.IsLetter)).ToArray();
        var items = record.DataFields("952").ToList();
        var language = record.Control("008") is { Length: >= 38 } fixedFields ? fixedFields.Substring(35, 3) : null;
        return new Facts(
            words,
            Clean(record.Value("100", 'a')),
            Clean(record.Value("650", 'a')),
            summary.Isbns.FirstOrDefault(i => i.IsValid).Isbn13,
            summary.Year,
            language,
            TypeName(summary.MaterialType),
            items.Select(i => i['b']).FirstOrDefault(),
            items.Select(i => i['c']).FirstOrDefault(),
            items.Any(i => i['7'] is null && i['1'] is null));
    }

    private static string? Clean(string? heading) => heading?.Trim().TrimEnd('.', ',', ';', ':', '/', ' ');

    // The words the API uses for a material type ("music recording"), as the catalogue names them.
    private static string TypeName(MaterialType type)
    {
        var name = type.ToString();
        var words = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(name[i]));
        }

        return words.ToString();
    }
}
