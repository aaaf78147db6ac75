using System.Net.Mail;

namespace ThuVien.Circulation.Readers;

/// <summary>A reader as entered at the desk, sent to the API or read from a CSV row, before it is stored.</summary>
internal sealed record ReaderData(
    string CardNumber,
    string Name,
    string Category,
    string HomeLibrary,
    DateOnly CardExpiresOn,
    DateOnly? DateOfBirth = null,
    string? NationalId = null,
    string? Email = null,
    string? Phone = null,
    string? Address = null,
    string? Notes = null,
    bool KeepsLoanHistory = false)
{
    public const int MaxCardNumber = 50;
    public const int MaxName = 200;

    /// <summary>The data tidied (trimmed, NFC, phone in national form) with what is wrong field by field; stored
    /// only when there is no problem.</summary>
    public (ReaderData Clean, IReadOnlyList<FieldProblem> Problems) Check(IReadOnlySet<string> categories, DateOnly today)
    {
        var problems = new List<FieldProblem>();
        var clean = this with
        {
            CardNumber = Tidy(CardNumber) ?? string.Empty,
            Name = Tidy(Name) ?? string.Empty,
            Category = Tidy(Category) ?? string.Empty,
            HomeLibrary = Tidy(HomeLibrary) ?? string.Empty,
            NationalId = Tidy(NationalId),
            Email = Tidy(Email),
            Phone = Tidy(Phone),
            Address = Tidy(Address),
            Notes = Tidy(Notes),
        };
        if (clean.CardNumber.Length == 0 || clean.CardNumber.Length > MaxCardNumber || clean.CardNumber.Any(char.IsWhiteSpace))
        {
            problems.Add(new("card_number", $"A card number is 1 to {MaxCardNumber} characters without spaces."));
        }
        if (clean.Name.Length == 0 || clean.Name.Length > MaxName)
        {
            problems.Add(new("name", $"A name is 1 to {MaxName} characters."));
        }
        if (!categories.Contains(clean.Category))
        {
            problems.Add(new("category", $"\"{clean.Category}\" is not a reader category ({string.Join(", ", categories.Order(StringComparer.Ordinal))})."));
        }
        if (clean.HomeLibrary.Length is 0 or > 50)
        {
            problems.Add(new("home_library", "A home library code is 1 to 50 characters."));
        }
        if (clean.DateOfBirth is { } born && (born > today || born.Year < 1900))
        {
            problems.Add(new("date_of_birth", $"{born:yyyy-MM-dd} is not a possible date of birth."));
        }
        if (clean.NationalId is { } id && CitizenId.Problem(id, clean.DateOfBirth) is { } idProblem)
        {
            problems.Add(new("national_id", idProblem));
        }
        if (clean.Email is { } email && !IsEmail(email))
        {
            problems.Add(new("email", $"\"{email}\" is not an e-mail address."));
        }
        if (clean.Phone is { } phone)
        {
            if (VietnamesePhone.Normalise(phone) is { } national)
            {
                clean = clean with { Phone = national };
            }
            else
            {
                problems.Add(new("phone", $"\"{phone}\" is not a Vietnamese mobile number (0 then 9 digits, or +84)."));
            }
        }
        if (clean.Address?.Length > 500)
        {
            problems.Add(new("address", "An address is at most 500 characters."));
        }
        if (clean.Notes?.Length > 2000)
        {
            problems.Add(new("notes", "Notes are at most 2000 characters."));
        }
        return (clean, problems);
    }

    public void CopyTo(Reader reader)
    {
        reader.CardNumber = CardNumber;
        reader.Name = Name;
        reader.Category = Category;
        reader.HomeLibrary = HomeLibrary;
        reader.CardExpiresOn = CardExpiresOn;
        reader.DateOfBirth = DateOfBirth;
        reader.NationalId = NationalId;
        reader.Email = Email;
        reader.Phone = Phone;
        reader.Address = Address;
        reader.Notes = Notes;
        reader.KeepsLoanHistory = KeepsLoanHistory;
    }

    public bool SameAs(Reader reader) =>
        reader.CardNumber == CardNumber && reader.Name == Name && reader.Category == Category && reader.HomeLibrary == HomeLibrary
        && reader.CardExpiresOn == CardExpiresOn && reader.DateOfBirth == DateOfBirth && reader.NationalId == NationalId
        && reader.Email == Email && reader.Phone == Phone && reader.Address == Address && reader.Notes == Notes
        && reader.KeepsLoanHistory == KeepsLoanHistory;

    private static string? Tidy(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim().Normalize(System.Text.NormalizationForm.FormC);

    private static bool IsEmail(string text) =>
        text.Length <= 254 && !text.Any(char.IsWhiteSpace) && MailAddress.TryCreate(text, out var address)
        && address.Address == text && address.Host.Contains('.', StringComparison.Ordinal);
}
