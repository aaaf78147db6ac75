using Microsoft.AspNetCore.Identity;

namespace ThuVien.Accounts;

/// <summary>
/// A person who signs in: staff with one or more roles, or a reader. The key is a long, as every other
/// id in the node is: a node has one database, so nothing needs Identity's default string (GUID) keys,
/// and loans, holds and the audit log refer to accounts by a small ordered number.
/// </summary>
internal sealed class Account : IdentityUser<long>
{
    public DateTime CreatedAt { get; set; }
}
