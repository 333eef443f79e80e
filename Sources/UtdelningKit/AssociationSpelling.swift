extension District {
    /// The district's own spelling of an association typed in any case ("kil" → "Kil"). A
    /// name that matches none, or several, is passed on as typed, for the caller to refuse.
    func associationSpelling(_ typed: String?, among names: [String]) -> String? {
        guard let typed, !names.contains(typed) else { return typed }
        let matches = names.filter { $0.lowercased() == typed.lowercased() }
        return matches.count == 1 ? matches.first : typed
    }
}
