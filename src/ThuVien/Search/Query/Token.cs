namespace ThuVien.Search.Query;

/// <summary>One token of the search box language.</summary>
internal readonly record struct Token(TokenKind Kind, string Text = "", SearchField Field = SearchField.Any, bool HasValue = false);
