using System.ComponentModel.DataAnnotations;
using ThuVien.Catalog;

namespace ThuVien.Web.Catalog;

/// <summary>The body of an item create or replace. Unknown fields are refused (see the JSON options).</summary>
internal sealed record ItemBody
{
    [Required]
    [StringLength(50, MinimumLength = 1)]
    public string? Barcode { get; init; }

    [StringLength(200)]
    public string? CallNumber { get; init; }

    [StringLength(50)]
    public string? Library { get; init; }

    [StringLength(100)]
    public string? Location { get; init; }

    [StringLength(50)]
    public string? ItemType { get; init; }

    /// <summary>available, not-for-loan, in-processing, lost, damaged or withdrawn.</summary>
    public string? Status { get; init; }

    [Range(0, 1_000_000_000)]
    public decimal? Price { get; init; }

    public DateOnly? AcquiredOn { get; init; }

    [StringLength(2000)]
    public string? Notes { get; init; }

    public static string StatusName(ItemStatus status) => status switch
    {
        ItemStatus.NotForLoan => "not-for-loan",
        ItemStatus.InProcessing => "in-processing",
        _ => status.ToString().ToLowerInvariant(),
    };

    /// <summary>The item, or the problems per field.</summary>
    public (ItemData? Item, Dictionary<string, string[]> Errors) Validate()
    {
        var errors = new Dictionary<string, string[]>();
        var context = new ValidationContext(this);
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(this, context, results, validateAllProperties: true);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames)
            {
                errors[char.ToLowerInvariant(member[0]) + member[1..]] = [result.ErrorMessage ?? "invalid"];
            }
        }

        var status = ItemStatus.Available;
        if (Status is not null && !TryParseStatus(Status, out status))
        {
            errors["status"] = ["must be one of available, not-for-loan, in-processing, lost, damaged, withdrawn"];
        }

        if (Barcode is not null && Barcode.Any(char.IsWhiteSpace))
        {
            errors["barcode"] = ["must not contain blanks"];
        }

        return errors.Count > 0 ? (null, errors) : (new ItemData(Barcode!, CallNumber, Library, Location, ItemType, status, Price, AcquiredOn, Notes), errors);
    }

    private static bool TryParseStatus(string text, out ItemStatus status)
    {
        foreach (var candidate in Enum.GetValues<ItemStatus>())
        {
            if (StatusName(candidate) == text)
            {
                status = candidate;
                return true;
            }
        }

        status = ItemStatus.Available;
        return false;
    }
}
