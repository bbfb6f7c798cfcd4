package org.skillcred.issuer.credential;

import java.text.ParseException;
import java.util.List;
import java.util.Objects;

import com.nimbusds.jose.JWSObject;
import org.skillcred.core.jose.CredentialSigner;
import org.skillcred.issuer.audit.AuditAction;
import org.skillcred.issuer.audit.AuditLog;
import org.skillcred.issuer.signing.SigningKeyRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-signs, in bulk, every credential signed with a given (compromised) key, with its issuer's
 * current key. The credential itself (id, learner, achievement, dates, status entries) does not
 * change, so links, QR codes and status keep working; only the signature and {@code kid} do.
 * Works in batches of its own transactions, so a large run makes steady progress and can be
 * repeated safely.
 */
@Service
public class CredentialReissue {

	private static final int BATCH = 200;

	private final CredentialRecordRepository records;

	private final SigningKeyRegistry keys;

	private final SelfCheck selfCheck;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	CredentialReissue(CredentialRecordRepository records, SigningKeyRegistry keys, SelfCheck selfCheck, AuditLog audit,
			PlatformTransactionManager transactionManager) {
		this.records = records;
		this.keys = keys;
		this.selfCheck = selfCheck;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Re-signs every credential signed with a key.
	 * @param kid the key
	 * @return how many credentials were re-signed
	 */
	public int reissueSignedWith(String kid) {
		int total = 0;
		while (true) {
			int done = Objects.requireNonNull(transactions.execute(tx -> batch(kid)));
			total += done;
			if (done < BATCH) {
				return total;
			}
		}
	}

	private int batch(String kid) {
		List<CredentialRecord> batch = records.findTop200ByKid(kid);
		for (CredentialRecord record : batch) {
			JWSObject old;
			try {
				old = JWSObject.parse(record.compactJwt());
			}
			catch (ParseException ex) {
				throw new IllegalStateException("Stored credential " + record.id() + " is corrupt", ex);
			}
			CredentialSigner signer = keys.signerFor(record.issuerId());
			if (signer.keyId().equals(kid)) {
				throw new IllegalStateException("The key to replace is still the active key of " + record.issuerId());
			}
			String jwt = signer.signPayload(old.getPayload().toString(), old.getHeader().getType(),
					old.getHeader().getContentType());
			selfCheck.requireWellFormed(jwt);
			record.resigned(jwt, signer.keyId());
			records.save(record);
			audit.record("admin", record.partnerId(), AuditAction.CREDENTIAL_REISSUED, "credential",
					record.id().toString(), "re-signed: key " + kid + " compromised");
		}
		return batch.size();
	}

}
