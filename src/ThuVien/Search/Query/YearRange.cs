using System.Globalization;
using System.Text;

namespace ThuVien.Search.Query;

/// <summary>Publication years from <paramref name="From"/> to <paramref name="To"/>, both included; null is open.</summary>
internal sealed record YearRange(int? From, int? To) : QueryNode
{
    internal override void Write(StringBuilder text)
    {
        text.Append("year:");
        if (From is { } from && To is { } to)
        {
            text.Append(Number(from));
            if (to != from)
            {
                text.Append("..").Append(Number(to));
            }
        }
        else if (From is { } onlyFrom)
        {
            text.Append(">=").Append(Number(onlyFrom));
        }
        else if (To is { } onlyTo)
        {
            text.Append("<=").Append(Number(onlyTo));
        }
        else
        {
            text.Append("[* TO *]");
        }
    }

    private static string Number(int year) => year.ToString(CultureInfo.InvariantCulture);
}
