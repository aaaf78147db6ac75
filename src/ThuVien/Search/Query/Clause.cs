namespace ThuVien.Search.Query;

/// <summary>A clause of a sequence before it joins the tree; a null node is a clause that was dropped with a notice.</summary>
internal readonly record struct Clause(QueryNode? Node, bool Excluded);
