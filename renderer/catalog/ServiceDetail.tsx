import { useMemo } from 'react';
import type { Dependency, Service } from '../../shared/model/catalog';
import { DEPENDENCY_KIND_LABELS, SERVICE_KIND_LABELS } from '../../shared/model/enums';
import { requestDelete } from '../state/delete-flow';
import { openDialog } from '../state/dialogs';
import { collator } from '../state/service-filters';
import { useUi } from '../state/ui';
import { NotSet, StrengthBadge, TierBadge } from '../ui/Badges';
import { duration, HOSTING_LABELS, utcOffset } from '../ui/format';
import { Icon } from '../ui/Icon';
import { LinkList } from './LinkList';
import { useWorkspace } from '../state/workspace';

interface Link {
  dep: Dependency;
  other: Service | undefined;
}

function DependencyLink({ link }: { link: Link }) {
  const select = useUi((s) => s.selectService);
  const other = link.other;
  return (
    <div className="link-row">
      {other ? (
        <button type="button" className="link" title={other.name} onClick={() => select(other.id)}>
          {other.name}
        </button>
      ) : (
        <span className="link-text">Unknown service</span>
      )}
      <span className="link-meta">{DEPENDENCY_KIND_LABELS[link.dep.kind]}</span>
      <StrengthBadge strength={link.dep.strength} />
    </div>
  );
}

const byName = (a: Link, b: Link) => collator.compare(a.other?.name ?? '', b.other?.name ?? '');
const minutes = (m: number | null) => (m === null ? <NotSet /> : <span className="num">{duration(m)}</span>);

/** Everything about one service, with its neighbours one click away. */
export function ServiceDetail({ service }: { service: Service }) {
  const index = useWorkspace((s) => s.index);
  const select = useUi((s) => s.selectService);
  const dependsOn = useMemo(() => (index.depsOut.get(service.id) ?? []).map((dep) => ({ dep, other: index.serviceById.get(dep.toId) })).sort(byName), [index, service.id]);
  const usedBy = useMemo(() => (index.depsIn.get(service.id) ?? []).map((dep) => ({ dep, other: index.serviceById.get(dep.fromId) })).sort(byName), [index, service.id]);
  const sites = service.siteIds.map((id) => index.siteById.get(id)).filter((s) => s !== undefined);
  const processes = service.processIds.map((id) => index.processById.get(id)).filter((p) => p !== undefined);
  const titleId = `service-detail-${service.id}`;

  return (
    <section className="detail" aria-labelledby={titleId}>
      <header className="detail-header">
        <div className="detail-title">
          <h2 id={titleId}>{service.name}</h2>
          <button type="button" className="icon-button" aria-label="Close details" onClick={() => select(null)}>
            <Icon name="close" />
          </button>
        </div>
        <div className="detail-badges">
          <TierBadge tier={service.tier} />
          <span className="badge neutral">{SERVICE_KIND_LABELS[service.kind]}</span>
          <span className="badge neutral">{HOSTING_LABELS[service.hosting]}</span>
        </div>
        <div className="detail-actions">
          <button type="button" className="button" onClick={() => openDialog({ type: 'service', service })}>
            <Icon name="edit" />
            Edit
          </button>
          <button type="button" className="button" onClick={() => openDialog({ type: 'dependency', dependency: null, fromId: service.id })}>
            <Icon name="plus" />
            Add dependency
          </button>
          <button type="button" className="button danger-ghost" onClick={() => void requestDelete({ entity: 'service', id: service.id, name: service.name })}>
            <Icon name="trash" />
            Delete
          </button>
        </div>
      </header>
      <div className="detail-scroll">
        <dl className="facts">
          <dt>Owner team</dt>
          <dd>{service.ownerTeam || <NotSet />}</dd>
          <dt>RTO</dt>
          <dd>{minutes(service.rtoMinutes)}</dd>
          <dt>RPO</dt>
          <dd>{minutes(service.rpoMinutes)}</dd>
          <dt>Description</dt>
          <dd className="prose">{service.description || <NotSet />}</dd>
        </dl>
        <LinkList
          key={`out-${service.id}`}
          title="Depends on"
          items={dependsOn}
          empty="Needs no other service in the catalog."
          render={(link) => <DependencyLink link={link} />}
        />
        <LinkList
          key={`in-${service.id}`}
          title="Used by"
          items={usedBy}
          empty="No service in the catalog depends on it."
          render={(link) => <DependencyLink link={link} />}
        />
        <LinkList
          key={`sites-${service.id}`}
          title="Sites served"
          items={sites}
          empty="Serves no particular site."
          render={(site) => (
            <div className="link-row">
              <span className="link-text" title={site.name}>{site.name}</span>
              <span className="link-meta" title={utcOffset(site.timeZone)}>{site.timeZone}</span>
            </div>
          )}
        />
        <LinkList
          key={`processes-${service.id}`}
          title="Business processes"
          items={processes}
          empty="Supports no business process yet."
          render={(p) => <span className="link-text" title={p.name}>{p.name}</span>}
        />
      </div>
    </section>
  );
}
