package jp.kajimaru.rotation.assignment;

import java.util.List;

public record AssignmentResult(List<Assignment> assignments, Ledger ledgerAfter) {
}
